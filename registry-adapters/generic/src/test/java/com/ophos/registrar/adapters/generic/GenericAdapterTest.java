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
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.DomainContacts;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainCreated;
import com.ophos.registrar.registry.spi.DomainDelete;
import com.ophos.registrar.registry.spi.DomainExpirySync;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRenew;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import com.ophos.registrar.sandbox.EppCommandType;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The generic adapter, configured only by properties, against an RFC-only sandbox with fee-1.0. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GenericAdapterTest {
    private AdapterSandbox sandbox;
    private RegistryAdapter ours;
    private RegistryAdapter other;
    private RegistryAdapter withoutFees;
    private DomainContacts contacts;

    @BeforeAll
    void start() {
        sandbox = AdapterSandbox.start("generic", "generic", "generic-other");
        ours = sandbox.adapter(GenericAdapterFactory::new, "generic");
        other = sandbox.adapter(GenericAdapterFactory::new, "generic-other");
        withoutFees = sandbox.adapter(GenericAdapterFactory::new, "generic-nofee");
        contacts = new DomainContacts(contact("holder"), contact("admin"), List.of(contact("tech")));
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void checksAreBatchedAndPricedByTheFeeExtensionTheGreetingOffers() {
        long before = sandbox.registry().commandsReceived(EppCommandType.DOMAIN_CHECK);
        List<String> names = IntStream.range(0, 7).mapToObj(i -> unique("n") + ".org").toList();
        List<DomainAvailability> answers = await(ours.checkDomains(new DomainCheck(names, true)));
        assertThat(answers).extracting(DomainAvailability::name).containsExactlyElementsOf(names);
        assertThat(sandbox.registry().commandsReceived(EppCommandType.DOMAIN_CHECK) - before).isEqualTo(2);
        assertThat(answers.get(0).quote()).get().satisfies(quote -> {
            assertThat(quote.source()).isEqualTo(PriceSource.REGISTRY_FEE_EXTENSION);
            assertThat(quote.createPerYear()).contains(new Fee(new BigDecimal("9.50"), "EUR"));
            assertThat(quote.premium()).isFalse();
        });
    }

    @Test
    void anExtensionTheConfigurationDoesNotAllowIsNotUsedEvenWhenOffered() {
        DomainAvailability answer = await(withoutFees.checkDomains(new DomainCheck(List.of(unique("t") + ".org"),
                true))).get(0);
        assertThat(answer.quote()).get().satisfies(quote -> {
            assertThat(quote.source()).isEqualTo(PriceSource.CONFIGURED_TARIFF);
            assertThat(quote.renewPerYear()).contains(new Fee(new BigDecimal("9.50"), "EUR"));
        });
        // create with an expected fee: nothing to echo without the extension, the create still works
        DomainCreated created = await(withoutFees.createDomain(new DomainCreate(unique("nofee") + ".org", 1, contacts,
                List.of(), List.of(), "Auth-Code-1", Optional.of(new Fee(new BigDecimal("1.00"), "EUR")), trid())));
        assertThat(created.receipt().fee()).isEmpty();
    }

    @Test
    void createRenewDeleteWithFees() {
        String name = unique("life") + ".org";
        DomainCreated created = await(ours.createDomain(new DomainCreate(name, 3, contacts,
                List.of("ns1.dns-host.net"), List.of(), "Auth-Code-1",
                Optional.of(new Fee(new BigDecimal("28.50"), "EUR")), trid())));
        assertThat(created.receipt().fee()).contains(new Fee(new BigDecimal("28.50"), "EUR"));
        assertThat(sandbox.registry().host("ns1.dns-host.net")).isPresent();

        DomainRenew renew = new DomainRenew(name, created.expiresAt().atOffset(ZoneOffset.UTC).toLocalDate(), 2,
                Optional.of(new Fee(new BigDecimal("19.00"), "EUR")), trid());
        assertThat(await(ours.renewDomain(renew)).receipt().fee()).contains(new Fee(new BigDecimal("19.00"), "EUR"));
        RegistryException replay = refusal(ours.renewDomain(renew));
        assertThat(replay.outcome()).isEqualTo(Outcome.POLICY_REFUSED);

        RegistryReceipt deleted = await(ours.deleteDomain(new DomainDelete(name, trid())));
        assertThat(deleted.resultCode()).isEqualTo(1000);
        assertThat(deleted.fee()).contains(new Fee(new BigDecimal("-28.50"), "EUR"));
        assertThat(refusal(ours.infoDomain(DomainInfoQuery.of(name))).outcome())
                .isEqualTo(Outcome.OBJECT_DOES_NOT_EXIST);
    }

    @Test
    void transferIsApprovedByTheServerWhenTheSponsorDoesNotAct() {
        String name = await(ours.createDomain(new DomainCreate(unique("move") + ".org", 1, contacts, List.of(),
                List.of(), "Auth-Code-1", Optional.empty(), trid()))).name();
        sandbox.registry().clock().advance(Duration.ofDays(61));
        TransferState requested = await(other.transferDomain(new DomainTransfer(name, DomainTransfer.Op.REQUEST,
                Optional.of(1), Optional.of("Auth-Code-1"), trid())));
        assertThat(requested.status()).isEqualTo(TransferState.Status.PENDING);
        assertThat(requested.receipt().fee()).contains(new Fee(new BigDecimal("9.50"), "EUR"));

        sandbox.registry().clock().advance(Duration.ofDays(6));
        PollMessage settled = pollFor(other, name);
        assertThat(settled.transferStatus()).contains(TransferState.Status.SERVER_APPROVED);
        await(other.acknowledge(settled.id()));
        assertThat(await(other.infoDomain(DomainInfoQuery.of(name))).ours()).isTrue();
    }

    @Test
    void anUnknownTldIsRefusedWithoutAnyFrame() {
        long before = sandbox.registry().objectCommandsReceived();
        assertThat(refusal(ours.checkDomains(new DomainCheck(List.of("a.org", "b.example"), false))).outcome())
                .isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(sandbox.registry().objectCommandsReceived()).isEqualTo(before);
    }

    @Test
    void expiryAlignmentIsNotOfferedAndSendsNoFrame() {
        assertThat(ours.policy().expirySync()).isFalse();
        long before = sandbox.registry().objectCommandsReceived();
        RegistryException refused = refusal(ours.syncExpiry(new DomainExpirySync(unique("sync") + ".org",
                MonthDay.of(6, 15), trid())));
        assertThat(refused.outcome()).isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(refused.getMessage()).contains("no expiry-day alignment");
        assertThat(sandbox.registry().objectCommandsReceived()).isEqualTo(before);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyFrameSentValidatesAgainstTheOfficialSchemas() throws Exception {
        Optional<Path> shared = SentFrames.sharedDirectory();
        Assumptions.assumeTrue(shared.isPresent(), "shared EPP schemas not found (set -Dregistrar.shared-dir)");
        assertThat(SentFrames.count(sandbox.wireLog())).isPositive();
        assertThat(SentFrames.invalid(shared.get(), sandbox.wireLog())).isEmpty();
    }

    private static PollMessage pollFor(RegistryAdapter adapter, String domain) {
        for (int i = 0; i < 50; i++) {
            Optional<PollMessage> message = await(adapter.poll());
            if (message.isEmpty()) {
                break;
            }
            if (message.get().domain().equals(Optional.of(domain))) {
                return message.get();
            }
            await(adapter.acknowledge(message.get().id()));
        }
        throw new AssertionError("no poll message about " + domain);
    }

    private String contact(String role) {
        return await(ours.createContact(new ContactCreate(unique("G" + role.charAt(0)), company("Ophos " + role),
                "Contact-Auth-1", trid()))).handle();
    }
}
