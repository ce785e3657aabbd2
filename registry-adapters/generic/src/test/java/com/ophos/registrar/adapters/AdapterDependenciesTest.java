package com.ophos.registrar.adapters;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Adapters speak to the gateway through the SPI only; inside it they use the EPP core and the sandbox. */
class AdapterDependenciesTest {

    @Test
    void adaptersDependOnTheSpiTheEppCoreAndTheSandboxOnly() {
        JavaClasses adapters = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ophos.registrar.adapters");
        classes().that().haveSimpleNameNotEndingWith("Test").should().onlyDependOnClassesThat().resideInAnyPackage("com.ophos.registrar.adapters..",
                        "com.ophos.registrar.registry.spi..", "com.ophos.registrar.epp..",
                        "com.ophos.registrar.sandbox..", "java..", "javax..", "jakarta..", "io..", "org..")
                .check(adapters);
    }
}
