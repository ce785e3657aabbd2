package com.ophos.registrar.jobs;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * A second gateway's Quartz scheduler in the test JVM: the clustered JDBC job store on the same
 * database and scheduler name as the application's, its own instance id and its own connections.
 * <p>
 * Quartz keeps one scheduler per name in a JVM-wide repository and {@link StdSchedulerFactory} hands
 * out the one already there: asked for a second scheduler of the cluster's name, it returned the
 * application's own (already started) scheduler, which is why an earlier attempt never saw a
 * second instance check in. So the application's entry is set aside while the second one is made,
 * and put back after it, and again after the second one shuts down (which unbinds the name).
 */
final class SecondGatewayScheduler implements AutoCloseable {
    private final Scheduler application;
    private final Scheduler second;

    SecondGatewayScheduler(Scheduler application, String instanceId, String jdbcUrl, String user, String password)
            throws SchedulerException {
        this.application = application;
        String provider = "gateway-" + instanceId;
        DBConnectionManager.getInstance().addConnectionProvider(provider, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return DriverManager.getConnection(jdbcUrl, user, password);
            }

            @Override
            public void shutdown() {
            }

            @Override
            public void initialize() {
            }
        });
        Properties quartz = new Properties();
        quartz.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_NAME, application.getSchedulerName());
        quartz.setProperty(StdSchedulerFactory.PROP_SCHED_INSTANCE_ID, instanceId);
        quartz.setProperty("org.quartz.threadPool.threadCount", "2");
        quartz.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        quartz.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
        quartz.setProperty("org.quartz.jobStore.dataSource", provider);
        quartz.setProperty("org.quartz.jobStore.isClustered", "true");
        quartz.setProperty("org.quartz.jobStore.clusterCheckinInterval", "2000");
        SchedulerRepository repository = SchedulerRepository.getInstance();
        repository.remove(application.getSchedulerName());
        try {
            second = new StdSchedulerFactory(quartz).getScheduler();
        } finally {
            putApplicationBack();
        }
        second.start();
    }

    Scheduler scheduler() {
        return second;
    }

    @Override
    public void close() throws SchedulerException {
        try {
            second.shutdown(true);
        } finally {
            putApplicationBack();
        }
    }

    private void putApplicationBack() throws SchedulerException {
        SchedulerRepository repository = SchedulerRepository.getInstance();
        repository.remove(application.getSchedulerName());
        repository.bind(application);
    }
}
