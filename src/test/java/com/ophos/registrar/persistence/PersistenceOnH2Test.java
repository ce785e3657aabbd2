package com.ophos.registrar.persistence;

import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class PersistenceOnH2Test extends PersistenceContract {
    @Override
    String expectedProductName() {
        return "H2";
    }
}
