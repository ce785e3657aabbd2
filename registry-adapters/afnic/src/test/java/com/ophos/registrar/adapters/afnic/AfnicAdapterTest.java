package com.ophos.registrar.adapters.afnic;

import static com.ophos.registrar.adapters.Registry.association;
import static com.ophos.registrar.adapters.Registry.await;
import static com.ophos.registrar.adapters.Registry.company;
import static com.ophos.registrar.adapters.Registry.person;
import static com.ophos.registrar.adapters.Registry.refusal;
import static com.ophos.registrar.adapters.Registry.trid;
import static com.ophos.registrar.adapters.Registry.unique;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.adapters.AdapterSandbox;
import com.ophos.registrar.adapters.SentFrames;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactCreated;
import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.ContactInfo;
import com.ophos.registrar.registry.spi.ContactUpdate;
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.DomainContacts;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainCreated;
import com.ophos.registrar.registry.spi.DomainDelete;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRenew;
import com.ophos.registrar.registry.spi.DomainRestore;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.HolderChangeCancel;
import com.ophos.registrar.registry.spi.HolderChangeQuery;
import com.ophos.registrar.registry.spi.HolderChangeState;
import com.ophos.registrar.registry.spi.LegalEntity;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.sandbox.ContactSnapshot;
import com.ophos.registrar.sandbox.EppCommandType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The AFNIC adapter against an AFNIC-flavoured sandbox over TLS, two registrar accounts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AfnicAdapterTest {
    private AdapterSandbox sandbox;
    private AfnicAdapter ours;
    private AfnicAdapter other;
    private DomainContacts contacts;

    @BeforeAll
    void start() {
        sandbox = AdapterSandbox.start("afnic", "afnic", "afnic-other");
        ours = sandbox.adapter(AfnicAdapterFactory::new, "afnic");
        other = sandbox.adapter(AfnicAdapterFactory::new, "afnic-other");
        contacts = new DomainContacts(contact(ours, "holder"), contact(ours, "admin"),
                List.of(contact(ours, "tech1"), contact(ours, "tech2")));
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void theRegistryAssignsContactHandlesAndKeepsTheLegalEntityData() {
        String proposed = unique("P");
        ContactCreated created = await(ours.createContact(new ContactCreate(proposed, association("Amis du Rhone"),
                "Contact-Auth-1", trid())));
        assertThat(created.handle()).isNotEqualTo(proposed);
        ContactSnapshot contact = sandbox.registry().contact(created.handle()).orElseThrow();
        assertThat(contact.legalEntity()).containsEntry("legalStatus", "association");
        assertThat(contact.legalEntity().values()).anyMatch(value -> value.contains("W691234567"));
        assertThat(contact.individual()).isFalse();

        RegistryReceipt updated = await(ours.updateContact(new ContactUpdate(created.handle(),
                association("Amis du Rhone et de la Saone"), trid())));
        assertThat(updated.resultCode()).isEqualTo(1000);
        assertThat(sandbox.registry().contact(created.handle()).orElseThrow().name())
                .isEqualTo("Amis du Rhone et de la Saone");
    }

    @Test
    void aNaturalPersonIsRefusedUnderR1WithoutAnyFrame() throws IOException {
        long before = sandbox.registry().objectCommandsReceived();
        RegistryException refused = refusal(ours.createContact(new ContactCreate(unique("P"), person("Jean Dupont"),
                "Contact-Auth-1", trid())));
        assertThat(refused.outcome()).isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(refused.getMessage()).contains("R1");
        assertThat(refused.resultCode()).isZero();
        assertThat(refusal(ours.updateContact(new ContactUpdate(contacts.holder(), person("Jean Dupont"), trid())))
                .getMessage()).contains("R1");
        assertThat(sandbox.registry().objectCommandsReceived()).isEqualTo(before);
        try (Stream<Path> frames = Files.list(sandbox.wireLog())) {
            assertThat(frames.filter(f -> f.toString().endsWith("-out.xml")).map(AfnicAdapterTest::read))
                    .noneMatch(xml -> xml.contains("individualInfos"));
        }
    }

    @Test
    void checksArePricedFromTheTariffSinceAfnicHasNoFeeExtension() {
        String taken = create(unique("pris") + ".fr").name();
        List<DomainAvailability> answers = await(ours.checkDomains(new DomainCheck(
                List.of(unique("libre") + ".fr", taken), true)));
        assertThat(answers).extracting(DomainAvailability::available).containsExactly(true, false);
        assertThat(answers.get(0).quote()).get().satisfies(quote -> {
            assertThat(quote.source()).isEqualTo(PriceSource.CONFIGURED_TARIFF);
            assertThat(quote.createPerYear()).contains(new Fee(new BigDecimal("5.07"), "EUR"));
        });
    }

    @Test
    void createSendsInlineHostsAndRenewReplayIsRefused() {
        String name = unique("site") + ".fr";
        DomainCreated created = await(ours.createDomain(new DomainCreate(name, 1, contacts,
                List.of("ns1.dns-host.org", "ns2.dns-host.org"), List.of(), "Auth-Code-1", Optional.empty(), trid())));
        assertThat(sandbox.registry().commandsReceived(EppCommandType.HOST_CREATE)).isZero();
        DomainInfo info = await(ours.infoDomain(DomainInfoQuery.of(name)));
        assertThat(info.nameservers()).containsExactlyInAnyOrder("ns1.dns-host.org", "ns2.dns-host.org");
        assertThat(info.contacts()).contains(contacts);

        DomainRenew renew = new DomainRenew(name, created.expiresAt().atOffset(ZoneOffset.UTC).toLocalDate(), 1,
                Optional.empty(), trid());
        await(ours.renewDomain(renew));
        assertThat(refusal(ours.renewDomain(renew)).resultCode()).isEqualTo(2306);
    }

    @Test
    void contactCountsOutsideThePolicyAreRefusedWithoutAnyFrame() {
        long before = sandbox.registry().objectCommandsReceived();
        DomainContacts fourTech = new DomainContacts(contacts.holder(), contacts.admin(),
                List.of(contacts.tech().get(0), contacts.tech().get(1), contacts.admin(), contacts.holder()));
        RegistryException refused = refusal(ours.createDomain(new DomainCreate(unique("tech") + ".fr", 1, fourTech,
                List.of(), List.of(), "Auth-Code-1", Optional.empty(), trid())));
        assertThat(refused.outcome()).isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(refused.getMessage()).contains("tech");
        assertThat(sandbox.registry().objectCommandsReceived()).isEqualTo(before);
    }

    @Test
    void holderChangeIsATradeSettledByAPollMessage() {
        String name = create(unique("trade") + ".fr").name();
        String newHolder = contact(ours, "buyer");
        String tradeTrid = trid();

        RegistryReceipt receipt = await(ours.changeHolder(new HolderChange(name, newHolder, false,
                Optional.of("Auth-Code-1"), tradeTrid)));
        assertThat(receipt.pending()).isTrue();
        assertThat(receipt.clTRID()).isEqualTo(tradeTrid);
        assertThat(sandbox.registry().commandsReceived(EppCommandType.FRNIC_TRADE)).isPositive();

        PollMessage settled = pollUntil(ours, message -> message.clTRID().equals(Optional.of(tradeTrid)));
        assertThat(settled.settledCode()).contains(1000);
        assertThat(settled.domain()).contains(name);
        await(ours.acknowledge(settled.id()));
        assertThat(await(ours.infoDomain(DomainInfoQuery.of(name))).contacts().orElseThrow().holder())
                .isEqualTo(newHolder);

        assertThat(refusal(ours.changeHolder(new HolderChange(name, contacts.holder(), false, Optional.of("wrong"),
                trid()))).outcome()).isEqualTo(Outcome.AUTHORIZATION_FAILED);
    }

    @Test
    void aContactUpdateCarriesTheLegalEntityAndContactInfoReadsItBack() {
        String handle = contact(ours, "renamed");
        ContactData renamed = new ContactData(ContactData.Kind.ORGANIZATION, "Ophos renamed", Optional.of("Ophos Group SA"),
                List.of("1 quai Branly"), "Paris", Optional.empty(), "75007", "FR", "+33.140000000", Optional.empty(),
                "legal@example.fr", Optional.of(new LegalEntity(LegalEntity.Form.COMPANY, Optional.of("732829320"),
                Optional.empty(), Optional.of("FR44732829320"), Optional.empty(), Optional.empty(), Optional.empty())));

        await(ours.updateContact(new ContactUpdate(handle, renamed, trid())));

        ContactSnapshot stored = sandbox.registry().contact(handle).orElseThrow();
        assertThat(stored.legalEntity()).containsEntry("legalStatus", "company").containsEntry("siren", "732829320")
                .containsEntry("VAT", "FR44732829320");
        ContactInfo info = await(ours.infoContact(handle));
        assertThat(info.holds(renamed)).isTrue();
        assertThat(info.holds(company("Ophos renamed"))).isFalse();
    }

    @Test
    void aPendingTradeIsQueriedThenCancelled() {
        String name = create(unique("tcancel") + ".fr").name();
        String newHolder = contact(ours, "buyer");
        sandbox.registry().tradesStayPending(true);
        try {
            assertThat(await(ours.changeHolder(new HolderChange(name, newHolder, false, Optional.of("Auth-Code-1"),
                    trid()))).pending()).isTrue();

            HolderChangeState pending = await(ours.queryHolderChange(new HolderChangeQuery(name)));
            assertThat(pending.status()).isEqualTo(HolderChangeState.Status.PENDING);
            assertThat(pending.newHolder()).contains(newHolder);

            String cancelTrid = trid();
            HolderChangeState cancelled = await(ours.cancelHolderChange(new HolderChangeCancel(name, cancelTrid)));
            assertThat(cancelled.status()).isEqualTo(HolderChangeState.Status.CANCELLED);
            assertThat(cancelled.receipt().clTRID()).isEqualTo(cancelTrid);
            assertThat(await(ours.queryHolderChange(new HolderChangeQuery(name))).status())
                    .isEqualTo(HolderChangeState.Status.CANCELLED);
            assertThat(sandbox.registry().decideTrade(name, true)).as("nothing left to decide").isFalse();
            assertThat(await(ours.infoDomain(DomainInfoQuery.of(name))).contacts().orElseThrow().holder())
                    .isEqualTo(contacts.holder());
            assertThat(refusal(ours.cancelHolderChange(new HolderChangeCancel(name, trid()))).outcome())
                    .isEqualTo(Outcome.STATUS_PROHIBITS);
        } finally {
            sandbox.registry().tradesStayPending(false);
        }
    }

    @Test
    void aPendingTradeIsSettledByThePollMessageOfTheRegistrysDecision() {
        String name = create(unique("tpend") + ".fr").name();
        String newHolder = contact(ours, "buyer");
        String tradeTrid = trid();
        sandbox.registry().tradesStayPending(true);
        try {
            await(ours.changeHolder(new HolderChange(name, newHolder, false, Optional.of("Auth-Code-1"), tradeTrid)));
            assertThat(await(ours.poll()).filter(m -> m.clTRID().equals(Optional.of(tradeTrid)))).isEmpty();

            assertThat(sandbox.registry().decideTrade(name, true)).isTrue();

            PollMessage settled = pollUntil(ours, message -> message.clTRID().equals(Optional.of(tradeTrid)));
            assertThat(settled.settledCode()).contains(1000);
            await(ours.acknowledge(settled.id()));
            assertThat(await(ours.queryHolderChange(new HolderChangeQuery(name))).status())
                    .isEqualTo(HolderChangeState.Status.COMPLETED);
            assertThat(await(ours.infoDomain(DomainInfoQuery.of(name))).contacts().orElseThrow().holder())
                    .isEqualTo(newHolder);
        } finally {
            sandbox.registry().tradesStayPending(false);
        }
    }

    @Test
    void aForcedHolderChangeIsARecover() {
        String name = create(unique("recover") + ".fr").name();
        String newHolder = contact(other, "claimant");
        String recoverTrid = trid();
        RegistryReceipt receipt = await(other.changeHolder(new HolderChange(name, newHolder, true,
                Optional.of("Auth-Code-1"), recoverTrid)));
        assertThat(receipt.pending()).isTrue();
        assertThat(sandbox.registry().commandsReceived(EppCommandType.FRNIC_RECOVER)).isPositive();
        PollMessage settled = pollUntil(other, message -> message.clTRID().equals(Optional.of(recoverTrid)));
        assertThat(settled.settledCode()).contains(1000);
        assertThat(await(other.infoDomain(DomainInfoQuery.of(name))).ours()).isTrue();
    }

    @Test
    void restoreIsTheRequestAlone() {
        String name = create(unique("rgp") + ".fr").name();
        sandbox.registry().clock().advance(Duration.ofDays(6));
        await(ours.deleteDomain(new DomainDelete(name, trid())));
        long updatesBefore = sandbox.registry().commandsReceived(EppCommandType.DOMAIN_UPDATE);
        String restoreTrid = trid();
        RegistryReceipt restored = await(ours.restoreDomain(new DomainRestore(name, "customer paid", restoreTrid)));
        assertThat(restored.clTRID()).isEqualTo(restoreTrid);
        assertThat(sandbox.registry().commandsReceived(EppCommandType.DOMAIN_UPDATE) - updatesBefore).isEqualTo(1);
        assertThat(sandbox.registry().domain(name).orElseThrow().rgpStatuses()).isEmpty();
    }

    @Test
    void thePolicyReportsAutomaticRenewal() {
        assertThat(ours.policy().autoRenewsAtExpiry()).isTrue();
        assertThat(ours.policy().contactRules().hostObjects()).isFalse();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyFrameSentValidatesAgainstTheOfficialSchemas() throws Exception {
        Optional<Path> shared = SentFrames.sharedDirectory();
        Assumptions.assumeTrue(shared.isPresent(), "shared EPP schemas not found (set -Dregistrar.shared-dir)");
        assertThat(SentFrames.count(sandbox.wireLog())).isPositive();
        assertThat(SentFrames.invalid(shared.get(), sandbox.wireLog())).isEmpty();
    }

    private DomainCreated create(String name) {
        return await(ours.createDomain(new DomainCreate(name, 1, contacts, List.of("ns1.dns-host.org"), List.of(),
                "Auth-Code-1", Optional.empty(), trid())));
    }

    private static String contact(AfnicAdapter adapter, String role) {
        return await(adapter.createContact(new ContactCreate(unique("F" + role.charAt(0)), company("Ophos " + role),
                "Contact-Auth-1", trid()))).handle();
    }

    private static PollMessage pollUntil(AfnicAdapter adapter, Predicate<PollMessage> wanted) {
        for (int i = 0; i < 50; i++) {
            Optional<PollMessage> message = await(adapter.poll());
            if (message.isEmpty()) {
                break;
            }
            if (wanted.test(message.get())) {
                return message.get();
            }
            await(adapter.acknowledge(message.get().id()));
        }
        throw new AssertionError("no such poll message");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
