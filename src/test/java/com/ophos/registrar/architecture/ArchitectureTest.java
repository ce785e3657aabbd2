package com.ophos.registrar.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Adapters and the core meet only at the registry SPI: adapters (EPP, flavours, sandbox) know nothing
 * of the core, and the core never names an adapter.
 */
class ArchitectureTest {
    private static final String[] ADAPTER_PACKAGES = {"com.ophos.registrar.epp..", "com.ophos.registrar..adapters..",
            "com.ophos.registrar..sandbox.."};
    private static final String[] CORE_PACKAGES = {"com.ophos.registrar.api..", "com.ophos.registrar.lifecycle..",
            "com.ophos.registrar.billing..", "com.ophos.registrar.dispute..", "com.ophos.registrar.dns..",
            "com.ophos.registrar.jobs..", "com.ophos.registrar.common..", "com.ophos.registrar.registry"};

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.ophos.registrar");
    }

    @Test
    void adaptersDependOnlyOnTheSpiAmongOurPackages() {
        ArchRule rule = noClasses().that().resideInAnyPackage(ADAPTER_PACKAGES)
                .should().dependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.describe("gateway classes outside the SPI and adapters",
                                (com.tngtech.archunit.core.domain.JavaClass c) ->
                                        c.getPackageName().startsWith("com.ophos.registrar")
                                                && !c.getPackageName().startsWith("com.ophos.registrar.registry.spi")
                                                && !isAdapter(c.getPackageName())))
                .allowEmptyShould(true);
        rule.check(production);
    }

    private static boolean isAdapter(String packageName) {
        return packageName.startsWith("com.ophos.registrar.epp") || packageName.contains(".adapters")
                || packageName.contains(".sandbox");
    }

    @Test
    void coreNeverDependsOnAnAdapter() {
        ArchRule rule = noClasses().that().resideInAnyPackage(CORE_PACKAGES)
                .or().resideInAPackage("com.ophos.registrar.registry..")
                .and().resideOutsideOfPackage("com.ophos.registrar.registry.spi..")
                .should().dependOnClassesThat().resideInAnyPackage(ADAPTER_PACKAGES)
                .allowEmptyShould(true);
        rule.check(production);
    }

    @Test
    void theSpiDependsOnNothingElseOfOurs() {
        noClasses().that().resideInAPackage("com.ophos.registrar.registry.spi..")
                .should().dependOnClassesThat().resideInAnyPackage(CORE_PACKAGES)
                .orShould().dependOnClassesThat().resideInAnyPackage(ADAPTER_PACKAGES)
                .allowEmptyShould(true)
                .check(production);
    }
}
