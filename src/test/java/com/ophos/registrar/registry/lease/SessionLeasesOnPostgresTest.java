package com.ophos.registrar.registry.lease;

import com.ophos.registrar.persistence.OnPostgres;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** {@link SessionLeasesTest} on embedded PostgreSQL: the row lock and the share-out hold there too. */
@QuarkusTest
@TestProfile(OnPostgres.class)
class SessionLeasesOnPostgresTest extends SessionLeasesTest {
}
