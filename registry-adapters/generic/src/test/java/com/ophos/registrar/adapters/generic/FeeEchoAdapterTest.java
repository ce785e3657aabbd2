package com.ophos.registrar.adapters.generic;

import static com.ophos.registrar.adapters.Registry.await;
import static com.ophos.registrar.adapters.Registry.company;
import static com.ophos.registrar.adapters.Registry.refusal;
import static com.ophos.registrar.adapters.Registry.trid;
import static com.ophos.registrar.adapters.Registry.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.adapters.AdapterSandbox;
import com.ophos.registrar.adapters.SentFrames;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.DomainContacts;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainDelete;
import com.ophos.registrar.registry.spi.DomainRestore;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Transfer and restore echo the fee the caller quoted, not the adapter's configured tariff, through a
 * registry that offers only the draft fee namespace ({@code urn:ietf:params:xml:ns:fee-1.0}). The
 * requesting account's tariff is stale on purpose: echoing it is refused by the registry.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FeeEchoAdapterTest {
    private static final String DRAFT_FEE = "urn:ietf:params:xml:ns:fee-1.0";
    private static final Fee TRANSFER_PRICE = new Fee(new BigDecimal("9.50"), "EUR");
    private static final Fee RESTORE_PRICE = new Fee(new BigDecimal("35.00"), "EUR");

    private AdapterSandbox sandbox;
    private RegistryAdapter sponsor;
    private RegistryAdapter stale;

    @BeforeAll
    void start() {
        sandbox = AdapterSandbox.start("generic-draft", "generic-draft", "generic-draft-other");
        sponsor = sandbox.adapter(GenericAdapterFactory::new, "generic-draft");
        stale = sandbox.adapter(GenericAdapterFactory::new, "generic-draft-other");
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void transferRequest_echoesTheQuotedFee_inTheDraftNamespace() {
        String name = created(sponsor);

        RegistryException tariffEcho = refusal(stale.transferDomain(new DomainTransfer(name, DomainTransfer.Op.REQUEST,
                Optional.of(1), Optional.of("Auth-Code-1"), trid())));
        assertThat(tariffEcho.resultCode()).as("the stale tariff is echoed and refused").isEqualTo(2004);

        TransferState requested = await(stale.transferDomain(new DomainTransfer(name, DomainTransfer.Op.REQUEST,
                Optional.of(1), Optional.of("Auth-Code-1"), Optional.of(TRANSFER_PRICE), trid())));
        assertThat(requested.status()).isEqualTo(TransferState.Status.PENDING);
        assertThat(requested.receipt().fee()).contains(TRANSFER_PRICE);
    }

    @Test
    void restore_echoesTheQuotedFee() {
        String name = created(stale);
        sandbox.registry().clock().advance(Duration.ofDays(6));
        await(stale.deleteDomain(new DomainDelete(name, trid())));

        RegistryException tariffEcho = refusal(stale.restoreDomain(new DomainRestore(name, "customer error",
                trid())));
        assertThat(tariffEcho.resultCode()).as("the stale tariff is echoed and refused").isEqualTo(2004);

        RegistryReceipt restored = await(stale.restoreDomain(new DomainRestore(name, "customer error",
                Optional.of(RESTORE_PRICE), trid())));
        assertThat(restored.resultCode()).isEqualTo(1000);
        assertThat(sandbox.registry().domain(name).orElseThrow().rgpStatuses()).doesNotContain("redemptionPeriod");
    }

    /**
     * The shared schemas have RFC 8748's fee-1.0.xsd only, no schema of the draft namespace: frames
     * carrying the draft extension are checked for the quoted amounts, every other frame is validated.
     */
    @Test
    @Order(Integer.MAX_VALUE)
    void framesUseTheDraftNamespace_andTheOthersValidateAgainstTheOfficialSchemas() throws Exception {
        Path others = Files.createTempDirectory("fee-echo-frames");
        StringBuilder draftFrames = new StringBuilder();
        try (Stream<Path> files = Files.list(sandbox.wireLog())) {
            for (Path frame : files.filter(f -> f.getFileName().toString().endsWith("-out.xml")).toList()) {
                String xml = Files.readString(frame);
                if (xml.contains(DRAFT_FEE)) {
                    draftFrames.append(xml);
                } else {
                    Files.copy(frame, others.resolve(frame.getFileName()));
                }
            }
        }
        assertThat(draftFrames.toString()).doesNotContain("urn:ietf:params:xml:ns:epp:fee-1.0")
                .contains("9.50").contains("35.00");
        Optional<Path> shared = SentFrames.sharedDirectory();
        Assumptions.assumeTrue(shared.isPresent(), "shared EPP schemas not found (set -Dregistrar.shared-dir)");
        assertThat(SentFrames.invalid(shared.get(), others)).isEmpty();
    }

    private String created(RegistryAdapter registrar) {
        String holder = await(registrar.createContact(new ContactCreate(unique("F"), company("Ophos holder"),
                "Contact-Auth-1", trid()))).handle();
        DomainContacts contacts = new DomainContacts(holder, holder, List.of(holder));
        return await(registrar.createDomain(new DomainCreate(unique("fee") + ".org", 1, contacts, List.of(), List.of(),
                "Auth-Code-1", Optional.empty(), trid()))).name();
    }

}
