package com.ophos.registrar.bench.orders;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "Orders": registrations per second end to end. {@code bench.clients} concurrent API clients
 * (closed loop, one order in flight each) order {@code bench.orders} .com names through
 * {@code POST /api/v1/domains} (Idempotency-Key, X-Customer-Id, the client's own customer and
 * legal-entity contacts) on a gateway whose database is an embedded PostgreSQL; the registry is the
 * in-process Verisign sandbox over EPP/TLS. An order's latency runs from sending the POST to the
 * operation being SUCCEEDED (the 201 itself, or the operation read after a 202). After the run, every
 * order is checked: one journal entry SUCCEEDED, the name held by us at the registry, one REGISTRY_CREATE
 * charge, and as many domain:create frames as orders. Not in the unit suite (compiled with -Pbench);
 * command and results in BENCHMARKS.md; the result is also written to target/orders-bench.txt.
 */
@QuarkusTest
@TestProfile(OrdersOnPostgres.class)
class OrdersBenchmark {
    private static final int CLIENTS = Integer.getInteger("bench.clients", 16);
    private static final int ORDERS = Integer.getInteger("bench.orders", 2_000);
    /** Orders per client before the measured window: contacts reach the registry, JIT and pools warm up. */
    private static final int WARM_UP_PER_CLIENT = Integer.getInteger("bench.warmup-per-client", 5);
    private static final Duration ORDER_PATIENCE = Duration.ofSeconds(120);
    private static final String AUTH = "Basic " + Base64.getEncoder()
            .encodeToString("frontend:frontend".getBytes(StandardCharsets.US_ASCII));

    @TestHTTPResource("/")
    URL gateway;

    @Inject
    SandboxRegistries sandboxes;

    @Inject
    ObjectMapper json;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** One API client: its customer and contacts, created through the API before anything is timed. */
    private record Client(int index, long customer, long holder, long tech) {
    }

    /** One measured order: its name, the journal entry, the HTTP status of the POST and the latency. */
    private record Order(String name, long operationId, int status, long nanos) {
    }

    @Test
    void registrationsPerSecondOnPostgres() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        List<Client> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            clients.add(newClient(i));
        }
        drive(clients, run + "w", WARM_UP_PER_CLIENT * CLIENTS);

        SandboxRegistry registry = sandboxes.registry(OrdersOnPostgres.REGISTRY);
        long createsBefore = registry.commandsReceived(EppCommandType.DOMAIN_CREATE);
        long objectCommandsBefore = registry.objectCommandsReceived();
        Map<EppCommandType, Long> countsBefore = registry.commandCounts();
        double loadBefore = loadAverage();
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        List<Order> orders = drive(clients, run, ORDERS);
        long elapsed = System.nanoTime() - started;
        long cpu = processCpuNanos() - cpuBefore;
        double loadAfter = loadAverage();
        long creates = registry.commandsReceived(EppCommandType.DOMAIN_CREATE) - createsBefore;
        long objectCommands = registry.objectCommandsReceived() - objectCommandsBefore;
        Map<EppCommandType, Long> perType = new java.util.TreeMap<>();
        registry.commandCounts().forEach((type, n) -> {
            long sent = n - countsBefore.getOrDefault(type, 0L);
            if (sent > 0 && !type.isSessionCommand()) {
                perType.put(type, sent);
            }
        });

        Audit audit = audit(orders, registry);
        String report = report(orders, elapsed, cpu, perType, objectCommands, loadBefore, loadAfter, audit);
        System.out.println(report);
        Files.writeString(Path.of("target", "orders-bench.txt"), report);

        assertThat(orders).hasSize(ORDERS);
        assertThat(audit.problems()).isEmpty();
        assertThat(creates).as("domain:create frames, one per order").isEqualTo(ORDERS);
    }

    /** {@code count} orders shared by the clients, each client one order at a time. */
    private List<Order> drive(List<Client> clients, String run, int count) throws Exception {
        AtomicInteger next = new AtomicInteger();
        List<Order> done = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Client client : clients) {
                running.add(pool.submit(() -> {
                    for (int n = next.getAndIncrement(); n < count; n = next.getAndIncrement()) {
                        done.add(order(client, "ord-" + run + "-" + n + ".com"));
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get(60, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        return List.copyOf(done);
    }

    private Order order(Client client, String name) throws IOException, InterruptedException {
        String body = """
                {"customerId":%d,"name":"%s","years":1,"holder":%d,"admin":%d,"tech":[%d],
                 "nameservers":["ns1.ophos.example","ns2.ophos.example"]}"""
                .formatted(client.customer(), name, client.holder(), client.holder(), client.tech());
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(request("/api/v1/domains", client.customer())
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201 && answer.statusCode() != 202) {
            throw new IllegalStateException("order of " + name + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        JsonNode operation = json.readTree(answer.body());
        long id = operation.get("id").asLong();
        Instant giveUp = Instant.now().plus(ORDER_PATIENCE);
        while (!"succeeded".equals(operation.path("state").asText())) {
            if ("failed".equals(operation.path("state").asText()) || Instant.now().isAfter(giveUp)) {
                throw new IllegalStateException("order of " + name + " ended " + operation);
            }
            Thread.sleep(10);
            operation = json.readTree(http.send(request("/api/v1/operations/" + id, client.customer()).GET().build(),
                    HttpResponse.BodyHandlers.ofString()).body());
        }
        return new Order(name, id, answer.statusCode(), System.nanoTime() - start);
    }

    private HttpRequest.Builder request(String path, long customer) {
        return HttpRequest.newBuilder(URI.create(gateway.toString()).resolve(path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .header("X-Customer-Id", Long.toString(customer));
    }

    private Client newClient(int index) throws IOException, InterruptedException {
        long customer = created("/api/v1/customers", null, """
                {"name":"Orders Bench %d SARL","email":"orders%d@ophos.example"}""".formatted(index, index));
        long holder = created("/api/v1/contacts", customer, """
                {"customerId":%d,"kind":"organization","name":"Jeanne Martin","organization":"Orders Bench %d SARL",
                 "email":"jeanne%d@ophos.example","phone":"+33.145678900",
                 "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                 "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}"""
                .formatted(customer, index, index));
        long tech = created("/api/v1/contacts", customer, """
                {"customerId":%d,"kind":"person","name":"Jean Dupont","email":"tech%d@ophos.example",
                 "phone":"+33.612345678",
                 "address":{"street":["3 place Bellecour"],"city":"Lyon","postalCode":"69002","countryCode":"FR"}}"""
                .formatted(customer, index));
        return new Client(index, customer, holder, tech);
    }

    private long created(String path, Long customer, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway.toString()).resolve(path))
                .header("Authorization", AUTH).header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString());
        if (customer != null) {
            request.header("X-Customer-Id", customer.toString());
        }
        HttpResponse<String> answer = http.send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException(path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json.readTree(answer.body()).get("id").asLong();
    }

    private record Audit(int journalSucceeded, int heldAtRegistry, int charged, List<String> problems) {
    }

    /** Every measured order: one journal entry SUCCEEDED, ours at the registry, one REGISTRY_CREATE charge. */
    private Audit audit(List<Order> orders, SandboxRegistry registry) {
        String ours = ConfigProvider.getConfig().getValue(
                "registrar.registries." + OrdersOnPostgres.REGISTRY + ".client-id", String.class);
        List<String> names = orders.stream().map(Order::name).toList();
        Map<String, List<Operation>> journal = QuarkusTransaction.requiringNew().call(() ->
                Operation.<Operation>list("kind = ?1 and domain in ?2", Operation.Kind.DOMAIN_CREATE, names)).stream()
                .collect(Collectors.groupingBy(op -> op.domain));
        Map<String, List<LedgerEntry>> ledger = QuarkusTransaction.requiringNew().call(() ->
                LedgerEntry.<LedgerEntry>list("kind = ?1 and domain in ?2", ChargeKind.REGISTRY_CREATE, names)).stream()
                .collect(Collectors.groupingBy(e -> e.domain));
        List<String> problems = new ArrayList<>();
        int succeeded = 0;
        int held = 0;
        int charged = 0;
        for (Order order : orders) {
            List<Operation> entries = journal.getOrDefault(order.name(), List.of());
            if (entries.size() == 1 && entries.get(0).state == Operation.State.SUCCEEDED
                    && entries.get(0).id == order.operationId()) {
                succeeded++;
            } else {
                problems.add(order.name() + ": journal " + entries.stream().map(op -> op.id + " " + op.state).toList());
            }
            Optional<DomainSnapshot> atRegistry = registry.domain(order.name());
            if (atRegistry.filter(d -> ours.equals(d.sponsorClientId())).isPresent()) {
                held++;
            } else {
                problems.add(order.name() + ": registry " + atRegistry.map(DomainSnapshot::sponsorClientId));
            }
            List<LedgerEntry> charges = ledger.getOrDefault(order.name(), List.of());
            if (charges.size() == 1 && order.operationId() == charges.get(0).operationId) {
                charged++;
            } else {
                problems.add(order.name() + ": " + charges.size() + " REGISTRY_CREATE charges");
            }
        }
        return new Audit(succeeded, held, charged, problems);
    }

    private String report(List<Order> orders, long elapsedNanos, long cpuNanos, Map<EppCommandType, Long> perType,
                          long objectCommands,
                          double loadBefore, double loadAfter, Audit audit) {
        long[] latencies = orders.stream().mapToLong(Order::nanos).sorted().toArray();
        Map<Integer, Long> statuses = orders.stream().collect(Collectors.groupingBy(Order::status,
                ConcurrentHashMap::new, Collectors.counting()));
        double seconds = elapsedNanos / 1e9;
        Function<Double, String> p = q -> String.format("%.1f", percentile(latencies, q) / 1e6);
        return String.format("""
                        orders benchmark (PostgreSQL, Verisign sandbox over EPP/TLS), %s UTC
                        machine: %d cores, %s %s, Java %s; load average %.2f before, %.2f after
                        clients %d (closed loop), sessions %s, warm-up %d orders per client
                        orders %d in %.1f s = %.1f registrations/s; answered 201: %d, 202: %d
                        latency ms: p50 %s p90 %s p99 %s p99.9 %s max %s (mean %.1f)
                        test JVM CPU (gateway + sandbox + clients; PostgreSQL is another process): %.2f ms per order
                        EPP at the registry: %d object commands (%.2f per order): %s
                        audit: journal SUCCEEDED %d, held by us at the registry %d, one REGISTRY_CREATE charge %d, problems %d%s
                        """,
                Instant.now(), Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"),
                System.getProperty("os.arch"), System.getProperty("java.version"), loadBefore, loadAfter,
                CLIENTS, System.getProperty("bench.sessions", "4"), WARM_UP_PER_CLIENT, orders.size(), seconds,
                orders.size() / seconds, statuses.getOrDefault(201, 0L), statuses.getOrDefault(202, 0L),
                p.apply(0.50), p.apply(0.90), p.apply(0.99), p.apply(0.999), p.apply(1.0),
                Arrays.stream(latencies).average().orElse(0) / 1e6, cpuNanos / 1e6 / Math.max(1, orders.size()),
                objectCommands, (double) objectCommands / Math.max(1, orders.size()), perType, audit.journalSucceeded(),
                audit.heldAtRegistry(), audit.charged(), audit.problems().size(),
                audit.problems().isEmpty() ? "" : "\n  " + String.join("\n  ", audit.problems().stream().limit(20).toList()));
    }

    private static long percentile(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
