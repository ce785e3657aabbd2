package com.ophos.registrar.adapters.verisign;

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
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainExpirySync;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRenew;
import com.ophos.registrar.registry.spi.DomainRenewed;
import com.ophos.registrar.registry.spi.DomainRestore;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.DsData;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.FaultTrigger;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/** The Verisign adapter against a Verisign-flavoured sandbox over TLS, two registrar accounts. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VerisignAdapterTest {
    private static final DsData DS = new DsData(12345, 13, 2,
            "49FD46E6C4B45C55D4AC49FD46E6C4B45C55D4AC49FD46E6C4B45C55D4AC1234");

    private AdapterSandbox sandbox;
    private VerisignAdapter ours;
    private VerisignAdapter other;
    private DomainContacts contacts;

    @BeforeAll
    void start() {
        sandbox = AdapterSandbox.start("verisign", "verisign", "verisign-other");
        ours = sandbox.adapter(VerisignAdapterFactory::new, "verisign");
        other = sandbox.adapter(VerisignAdapterFactory::new, "verisign-other");
        String holder = contact(ours, "holder");
        contacts = new DomainContacts(holder, contact(ours, "admin"), List.of(contact(ours, "tech")));
    }

    @AfterAll
    void stop() {
        sandbox.close();
    }

    @Test
    void checksAreSplitPerSubProductThenBatchedAndPricedByTheFeeExtension() {
        long checksBefore = sandbox.registry().commandsReceived(EppCommandType.DOMAIN_CHECK);
        String taken = create(unique("taken") + ".com", 1).name();
        List<String> names = List.of(unique("a") + ".com", unique("b") + ".net", taken, unique("c") + ".com",
                unique("d") + ".net");

        List<DomainAvailability> answers = await(ours.checkDomains(new DomainCheck(names, true)));

        assertThat(answers).extracting(DomainAvailability::name).containsExactlyElementsOf(names);
        assertThat(answers).extracting(DomainAvailability::available).containsExactly(true, true, false, true, true);
        // three .com names in batches of two, two .net names in one batch
        assertThat(sandbox.registry().commandsReceived(EppCommandType.DOMAIN_CHECK) - checksBefore).isEqualTo(3);
        DomainAvailability net = answers.get(1);
        assertThat(net.quote()).get().satisfies(quote -> {
            assertThat(quote.source()).isEqualTo(PriceSource.REGISTRY_FEE_EXTENSION);
            assertThat(quote.createPerYear()).contains(new Fee(new BigDecimal("11.84"), "USD"));
            assertThat(quote.renewPerYear()).contains(new Fee(new BigDecimal("11.84"), "USD"));
        });
        assertThat(await(ours.checkDomains(new DomainCheck(List.of(names.get(0)), false))).get(0).quote()).isEmpty();
    }

    @Test
    void createInfoRenewAndARenewReplayIsRefusedWith2306() {
        String name = unique("life") + ".com";
        DomainCreated created = await(ours.createDomain(new DomainCreate(name, 2, contacts,
                List.of("ns1.dns-host.org", "ns2.dns-host.org"), List.of(DS), "Auth-Code-1",
                Optional.of(new Fee(new BigDecimal("20.52"), "USD")), trid())));
        assertThat(created.receipt().resultCode()).isEqualTo(1000);
        assertThat(created.receipt().fee()).contains(new Fee(new BigDecimal("20.52"), "USD"));
        assertThat(created.receipt().svTRID()).isNotBlank();

        DomainInfo info = await(ours.infoDomain(DomainInfoQuery.of(name)));
        assertThat(info.ours()).isTrue();
        assertThat(info.nameservers()).containsExactlyInAnyOrder("ns1.dns-host.org", "ns2.dns-host.org");
        assertThat(info.dsData()).containsExactly(DS);
        assertThat(info.contacts()).contains(contacts);
        assertThat(info.expiresAt()).contains(created.expiresAt());

        LocalDate expiry = created.expiresAt().atOffset(ZoneOffset.UTC).toLocalDate();
        String renewTrid = trid();
        DomainRenew renew = new DomainRenew(name, expiry, 1, Optional.of(new Fee(new BigDecimal("10.26"), "USD")),
                renewTrid);
        DomainRenewed renewed = await(ours.renewDomain(renew));
        assertThat(renewed.expiresAt()).isEqualTo(created.expiresAt().atOffset(ZoneOffset.UTC).plusYears(1).toInstant());
        assertThat(renewed.receipt().clTRID()).isEqualTo(renewTrid);

        RegistryException replay = refusal(ours.renewDomain(renew));
        assertThat(replay.outcome()).isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(replay.resultCode()).isEqualTo(2306);
        assertThat(replay.clTRID()).isEqualTo(renewTrid);
    }

    @Test
    void aFeeThatIsNotTheRegistryPriceFailsTheCreate() {
        RegistryException refused = refusal(ours.createDomain(new DomainCreate(unique("price") + ".com", 1, contacts,
                List.of(), List.of(), "Auth-Code-1", Optional.of(new Fee(new BigDecimal("9.99"), "USD")), trid())));
        assertThat(refused.resultCode()).isEqualTo(2004);
        assertThat(refused.outcome().certainlyNotApplied()).isTrue();
    }

    @Test
    void updateChangesStatusesNameServersAndDsRecords() {
        String name = create(unique("upd") + ".net", 1).name();
        await(ours.updateDomain(new DomainUpdate(name, List.of("ns3.dns-host.org"), List.of("ns1.dns-host.org"),
                Set.of("clientHold"), Set.of(), List.of(DS), List.of(), Optional.of("New-Auth-2"), trid())));

        DomainInfo info = await(ours.infoDomain(DomainInfoQuery.of(name)));
        assertThat(info.statuses()).contains("clientHold");
        assertThat(info.nameservers()).containsExactly("ns3.dns-host.org");
        assertThat(info.dsData()).containsExactly(DS);
        assertThat(sandbox.registry().domain(name).orElseThrow().authInfo()).isEqualTo("New-Auth-2");
    }

    @Test
    void holderChangeIsADomainUpdateOfTheRegistrant() {
        String name = create(unique("holder") + ".com", 1).name();
        String newHolder = contact(ours, "newholder");
        RegistryReceipt receipt = await(ours.changeHolder(new HolderChange(name, newHolder, false, Optional.empty(),
                trid())));
        assertThat(receipt.resultCode()).isEqualTo(1000);
        assertThat(await(ours.infoDomain(DomainInfoQuery.of(name))).contacts().orElseThrow().holder())
                .isEqualTo(newHolder);
    }

    @Test
    void transferBetweenTwoRegistrarsWithTheAuthCode() {
        String name = create(unique("move") + ".com", 1).name();
        sandbox.registry().clock().advance(Duration.ofDays(61));

        RegistryException wrongCode = refusal(other.transferDomain(new DomainTransfer(name,
                DomainTransfer.Op.REQUEST, Optional.of(1), Optional.of("not-the-code"), trid())));
        assertThat(wrongCode.outcome()).isEqualTo(Outcome.AUTHORIZATION_FAILED);

        TransferState requested = await(other.transferDomain(new DomainTransfer(name, DomainTransfer.Op.REQUEST,
                Optional.of(1), Optional.of("Auth-Code-1"), trid())));
        assertThat(requested.status()).isEqualTo(TransferState.Status.PENDING);
        assertThat(requested.receipt().pending()).isTrue();
        assertThat(requested.receipt().fee()).contains(new Fee(new BigDecimal("10.26"), "USD"));
        assertThat(requested.requestingClient()).isEqualTo("ophos-vrsn-other");

        PollMessage notice = pollUntil(ours, message -> message.domain().equals(Optional.of(name)));
        assertThat(notice.transferStatus()).contains(TransferState.Status.PENDING);
        await(ours.acknowledge(notice.id()));

        TransferState queried = await(ours.transferDomain(new DomainTransfer(name, DomainTransfer.Op.QUERY,
                Optional.empty(), Optional.empty(), trid())));
        assertThat(queried.status()).isEqualTo(TransferState.Status.PENDING);
        TransferState approved = await(ours.transferDomain(new DomainTransfer(name, DomainTransfer.Op.APPROVE,
                Optional.empty(), Optional.empty(), trid())));
        assertThat(approved.status()).isEqualTo(TransferState.Status.CLIENT_APPROVED);
        assertThat(await(other.infoDomain(DomainInfoQuery.of(name))).ours()).isTrue();
        assertThat(await(ours.infoDomain(new DomainInfoQuery(name, Optional.of("Auth-Code-1")))).ours()).isFalse();
    }

    @Test
    void aTransferCanBeRejectedByTheSponsorOrCancelledByTheRequester() {
        String rejected = create(unique("rej") + ".com", 1).name();
        String cancelled = create(unique("can") + ".net", 1).name();
        sandbox.registry().clock().advance(Duration.ofDays(61));
        for (String name : List.of(rejected, cancelled)) {
            await(other.transferDomain(new DomainTransfer(name, DomainTransfer.Op.REQUEST, Optional.of(1),
                    Optional.of("Auth-Code-1"), trid())));
        }
        assertThat(await(ours.transferDomain(new DomainTransfer(rejected, DomainTransfer.Op.REJECT, Optional.empty(),
                Optional.empty(), trid()))).status()).isEqualTo(TransferState.Status.CLIENT_REJECTED);
        assertThat(await(other.transferDomain(new DomainTransfer(cancelled, DomainTransfer.Op.CANCEL,
                Optional.empty(), Optional.empty(), trid()))).status())
                .isEqualTo(TransferState.Status.CLIENT_CANCELLED);
        assertThat(await(ours.infoDomain(DomainInfoQuery.of(rejected))).ours()).isTrue();
        assertThat(await(ours.infoDomain(DomainInfoQuery.of(cancelled))).ours()).isTrue();
    }

    @Test
    void restoreSendsRequestThenReport() {
        String name = create(unique("rgp") + ".com", 1).name();
        sandbox.registry().clock().advance(Duration.ofDays(6));
        RegistryReceipt deleted = await(ours.deleteDomain(new DomainDelete(name, trid())));
        assertThat(deleted.pending()).isTrue();
        assertThat(sandbox.registry().domain(name).orElseThrow().rgpStatuses()).contains("redemptionPeriod");
        long updatesBefore = sandbox.registry().commandsReceived(EppCommandType.DOMAIN_UPDATE);

        String restoreTrid = trid();
        RegistryReceipt restored = await(ours.restoreDomain(new DomainRestore(name, "customer paid late",
                restoreTrid)));

        assertThat(restored.resultCode()).isEqualTo(1000);
        assertThat(restored.clTRID()).isEqualTo(restoreTrid + "-rpt");
        assertThat(restored.fee()).contains(new Fee(new BigDecimal("40.00"), "USD"));
        assertThat(sandbox.registry().commandsReceived(EppCommandType.DOMAIN_UPDATE) - updatesBefore).isEqualTo(2);
        assertThat(sandbox.registry().domain(name).orElseThrow().rgpStatuses()).isEmpty();
        assertThat(await(ours.infoDomain(DomainInfoQuery.of(name))).statuses()).doesNotContain("pendingDelete");
    }

    @Test
    void consoliDateMovesTheExpiryToTheGivenDay() {
        String name = create(unique("sync") + ".net", 1).name();
        RegistryReceipt receipt = await(ours.syncExpiry(new DomainExpirySync(name, MonthDay.of(12, 15), trid())));
        assertThat(receipt.resultCode()).isEqualTo(1000);
        assertThat(MonthDay.from(sandbox.registry().domain(name).orElseThrow().expires().atOffset(ZoneOffset.UTC)))
                .isEqualTo(MonthDay.of(12, 15));
        assertThat(ours.policy().expirySync()).isTrue();
        assertThat(refusal(ours.syncExpiry(new DomainExpirySync(unique("sync") + ".example", MonthDay.of(12, 15),
                trid()))).outcome()).isEqualTo(Outcome.POLICY_REFUSED);
    }

    @Test
    void registryAnswersAndLostCommandsMapToOutcomes() {
        String name = create(unique("out") + ".com", 1).name();
        RegistryException exists = refusal(ours.createDomain(createOf(name, 1)));
        assertThat(exists.outcome()).isEqualTo(Outcome.OBJECT_EXISTS);
        assertThat(exists.resultCode()).isEqualTo(2302);
        assertThat(exists.svTRID()).isNotBlank();

        assertThat(refusal(ours.infoDomain(DomainInfoQuery.of(unique("none") + ".com"))).outcome())
                .isEqualTo(Outcome.OBJECT_DOES_NOT_EXIST);

        sandbox.registry().faults().failCommands(FaultTrigger.next(1));
        RegistryException failed = refusal(ours.createDomain(createOf(unique("fail") + ".com", 1)));
        assertThat(failed.outcome()).isEqualTo(Outcome.COMMAND_FAILED);
        assertThat(failed.resultCode()).isEqualTo(2400);

        String lost = unique("lost") + ".com";
        sandbox.registry().faults().closeAfterApplying(FaultTrigger.next(1));
        // without name servers: the create is the first command, no host:check before it
        RegistryException unknown = refusal(ours.createDomain(new DomainCreate(lost, 1, contacts, List.of(), List.of(),
                "Auth-Code-1", Optional.empty(), trid())));
        assertThat(unknown.outcome()).as(unknown.getMessage()).isEqualTo(Outcome.UNKNOWN);
        assertThat(unknown.resultCode()).isZero();
        // applied although unanswered: reconciling by info shows it is ours
        assertThat(await(ours.infoDomain(DomainInfoQuery.of(lost))).ours()).isTrue();

        VerisignAdapter impatient = sandbox.adapter(VerisignAdapterFactory::new, "verisign-impatient");
        await(impatient.infoDomain(DomainInfoQuery.of(name)));
        sandbox.registry().faults().stall(FaultTrigger.next(1));
        RegistryException timedOut = refusal(impatient.renewDomain(new DomainRenew(name,
                LocalDate.now(ZoneOffset.UTC).plusYears(1), 1, Optional.empty(), trid())));
        assertThat(timedOut.outcome()).as(timedOut.getMessage()).isEqualTo(Outcome.UNKNOWN);
        sandbox.registry().faults().clear();
    }

    @Test
    void noSessionMeansUnavailable() {
        sandbox.registry().faults().refuseLogins(true);
        VerisignAdapter fresh = sandbox.adapter(VerisignAdapterFactory::new, "verisign");
        try {
            RegistryException refused = refusal(fresh.infoDomain(DomainInfoQuery.of(unique("x") + ".com")));
            assertThat(refused.outcome()).isEqualTo(Outcome.UNAVAILABLE);
            assertThat(fresh.health().up()).isFalse();
        } finally {
            sandbox.registry().faults().clear();
            await(fresh.close());
        }
    }

    @Test
    void inputThePolicyRefusesSendsNoFrame() {
        long before = sandbox.registry().objectCommandsReceived();
        RegistryException period = refusal(ours.createDomain(createOf(unique("long") + ".com", 11)));
        assertThat(period.outcome()).isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(period.getMessage()).contains("11 years");
        assertThat(refusal(ours.createDomain(createOf(unique("org") + ".org", 1))).outcome())
                .isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(refusal(ours.createDomain(new DomainCreate(unique("notech") + ".com", 1,
                new DomainContacts(contacts.holder(), contacts.admin(), List.of()), List.of(), List.of(), "Auth-Code-1",
                Optional.empty(), trid()))).outcome()).isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(refusal(ours.transferDomain(new DomainTransfer(unique("t") + ".com", DomainTransfer.Op.REQUEST,
                Optional.of(1), Optional.empty(), trid()))).outcome()).isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(sandbox.registry().objectCommandsReceived()).isEqualTo(before);
    }

    @Test
    void healthReflectsThePool() {
        await(ours.checkDomains(new DomainCheck(List.of(unique("h") + ".com"), false)));
        assertThat(ours.health().up()).isTrue();
        assertThat(ours.health().sessionsOpen()).isPositive();
        assertThat(ours.health().registryId()).isEqualTo("verisign");
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void everyFrameSentValidatesAgainstTheOfficialSchemas() throws Exception {
        Optional<Path> shared = SentFrames.sharedDirectory();
        Assumptions.assumeTrue(shared.isPresent(), "shared EPP schemas not found (set -Dregistrar.shared-dir)");
        assertThat(SentFrames.count(sandbox.wireLog())).isPositive();
        assertThat(SentFrames.invalid(shared.get(), sandbox.wireLog())).isEmpty();
    }

    private DomainCreated create(String name, int years) {
        return await(ours.createDomain(createOf(name, years)));
    }

    private DomainCreate createOf(String name, int years) {
        return new DomainCreate(name, years, contacts, List.of("ns1.dns-host.org"), List.of(), "Auth-Code-1",
                Optional.empty(), trid());
    }

    private static String contact(VerisignAdapter adapter, String role) {
        return await(adapter.createContact(new ContactCreate(unique("V" + role.charAt(0)), company("Ophos " + role),
                "Contact-Auth-1", trid()))).handle();
    }

    private static PollMessage pollUntil(VerisignAdapter adapter, java.util.function.Predicate<PollMessage> wanted) {
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
}
