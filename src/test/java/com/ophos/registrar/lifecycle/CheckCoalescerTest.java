package com.ophos.registrar.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactCreated;
import com.ophos.registrar.registry.spi.ContactUpdate;
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainCreated;
import com.ophos.registrar.registry.spi.DomainDelete;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRenew;
import com.ophos.registrar.registry.spi.DomainRenewed;
import com.ophos.registrar.registry.spi.DomainRestore;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryHealth;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.mutiny.Uni;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Coalescing without a network: the registry below answers only when the test says so. */
class CheckCoalescerTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final HeldRegistry registry = new HeldRegistry(5);

    @Test
    void aLoneCheckGoesOutAtOnce() {
        CheckCoalescer coalescer = new CheckCoalescer(id -> 2, meters);

        CompletableFuture<Map<String, DomainAvailability>> answer = ask(coalescer, "alone.com");

        assertThat(registry.sent()).containsExactly(List.of("alone.com"));
        registry.answer(0, "alone.com");
        assertThat(answer.join().get("alone.com").available()).isTrue();
    }

    @Test
    void namesWaitingForAFreeSlotShareOneCommand_andEachCallerGetsItsOwnAnswer() {
        CheckCoalescer coalescer = new CheckCoalescer(id -> 1, meters);
        CompletableFuture<Map<String, DomainAvailability>> first = ask(coalescer, "first.com");
        List<CompletableFuture<Map<String, DomainAvailability>>> waiting = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            waiting.add(ask(coalescer, "waiting-" + i + ".com"));
        }
        assertThat(registry.sent()).hasSize(1);

        registry.answer(0, "first.com");
        // The freed slot carries the first five waiting names (the registry's limit), then the rest.
        assertThat(registry.sent().get(1))
                .containsExactly("waiting-0.com", "waiting-1.com", "waiting-2.com", "waiting-3.com", "waiting-4.com");
        registry.answer(1, "waiting-0.com", "waiting-2.com", "waiting-4.com"); // the others are taken
        assertThat(registry.sent().get(2)).containsExactly("waiting-5.com", "waiting-6.com");
        registry.answer(2, "waiting-6.com");

        assertThat(first.join()).containsOnlyKeys("first.com");
        for (int i = 0; i < 7; i++) {
            Map<String, DomainAvailability> own = waiting.get(i).join();
            assertThat(own).containsOnlyKeys("waiting-" + i + ".com");
            assertThat(own.get("waiting-" + i + ".com").available()).isEqualTo(i % 2 == 0);
        }
        DistributionSummary perCommand = meters.get(CheckCoalescer.NAMES_PER_COMMAND).tag("registry", "held")
                .summary();
        assertThat(perCommand.count()).isEqualTo(3);
        assertThat(perCommand.totalAmount()).isEqualTo(8);
    }

    @Test
    void aFailedCommandFailsOnlyTheNamesItCarried() {
        CheckCoalescer coalescer = new CheckCoalescer(id -> 1, meters);
        CompletableFuture<Map<String, DomainAvailability>> first = ask(coalescer, "first.com");
        CompletableFuture<Map<String, DomainAvailability>> second = ask(coalescer, "second.com");
        CompletableFuture<Map<String, DomainAvailability>> third = ask(coalescer, "third.net");

        registry.fail(0, new RegistryException("held", Outcome.SESSION_ENDED, 2502, "test failure", null, null));
        registry.answer(1, "second.com");
        registry.answer(2, "third.net");

        assertThatThrownBy(first::join).hasCauseInstanceOf(RegistryException.class);
        assertThat(second.join().get("second.com").available()).isTrue();
        assertThat(third.join().get("third.net").available()).isTrue();
    }

    @Test
    void oneCommandStaysWithinOneTld() {
        CheckCoalescer coalescer = new CheckCoalescer(id -> 1, meters);
        ask(coalescer, "busy.com");
        ask(coalescer, "a.com");
        ask(coalescer, "b.net");
        ask(coalescer, "c.com");

        registry.answer(0, "busy.com");
        registry.answer(1, "a.com", "c.com");

        assertThat(registry.sent()).containsExactly(List.of("busy.com"), List.of("a.com", "c.com"), List.of("b.net"));
    }

    @Test
    void twoCallersAskingTheSameNameShareItsSlot() {
        CheckCoalescer coalescer = new CheckCoalescer(id -> 1, meters);
        ask(coalescer, "busy.com");
        CompletableFuture<Map<String, DomainAvailability>> one = ask(coalescer, "same.com");
        CompletableFuture<Map<String, DomainAvailability>> other = ask(coalescer, "same.com");

        registry.answer(0, "busy.com");
        registry.answer(1);

        assertThat(registry.sent().get(1)).containsExactly("same.com");
        assertThat(one.join().get("same.com").available()).isFalse();
        assertThat(other.join().get("same.com").available()).isFalse();
    }

    @Test
    void aNameTheRegistryLeftOutIsAnsweredWithNothing() {
        CheckCoalescer coalescer = new CheckCoalescer(id -> 1, meters);
        CompletableFuture<Map<String, DomainAvailability>> answer = coalescer.check(registry, List.of("x.com", "y.com"))
                .subscribeAsCompletionStage();

        registry.reply(0, List.of(new DomainAvailability("x.com", true, Optional.empty(), Optional.empty())));

        assertThat(answer.join()).containsEntry("y.com", null);
        assertThat(answer.join().get("x.com").available()).isTrue();
    }

    private CompletableFuture<Map<String, DomainAvailability>> ask(CheckCoalescer coalescer, String name) {
        return coalescer.check(registry, List.of(name)).subscribeAsCompletionStage();
    }

    /** Keeps every check until the test answers it: names listed in {@code answer} are available. */
    private static final class HeldRegistry implements RegistryAdapter {
        private final RegistryPolicy policy;
        private final List<DomainCheck> checks = new CopyOnWriteArrayList<>();
        private final List<CompletableFuture<List<DomainAvailability>>> replies = new CopyOnWriteArrayList<>();

        HeldRegistry(int maxNamesPerCheck) {
            RegistryPolicy.GracePeriods grace = new RegistryPolicy.GracePeriods(Duration.ZERO, Duration.ZERO,
                    Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ZERO);
            this.policy = new RegistryPolicy("held", List.of("com", "net"), Set.of(1), Set.of(1), maxNamesPerCheck,
                    grace, Duration.ZERO, false, new RegistryPolicy.ContactRules(0, 1, 0, 1, true, 0, 13),
                    RegistryPolicy.HolderEligibility.ANY, RegistryPolicy.HolderChangeProcedure.UPDATE, false, Map.of(),
                    new RegistryPolicy.AuthCodeRules(16, "!#$%"), false);
        }

        List<List<String>> sent() {
            return checks.stream().map(DomainCheck::names).toList();
        }

        void answer(int command, String... available) {
            Set<String> free = Set.of(available);
            reply(command, checks.get(command).names().stream().map(name -> new DomainAvailability(name,
                    free.contains(name), free.contains(name) ? Optional.empty() : Optional.of("In use"),
                    Optional.empty())).toList());
        }

        void reply(int command, List<DomainAvailability> answers) {
            replies.get(command).complete(answers);
        }

        void fail(int command, RuntimeException failure) {
            replies.get(command).completeExceptionally(failure);
        }

        @Override
        public Uni<List<DomainAvailability>> checkDomains(DomainCheck check) {
            CompletableFuture<List<DomainAvailability>> reply = new CompletableFuture<>();
            checks.add(check);
            replies.add(reply);
            return Uni.createFrom().completionStage(reply);
        }

        @Override
        public String registryId() {
            return "held";
        }

        @Override
        public RegistryPolicy policy() {
            return policy;
        }

        // Coalescing concerns checks only; nothing else is ever called on this registry.
        private static <T> Uni<T> notUsed() {
            return Uni.createFrom().failure(new IllegalStateException("only checks in this test"));
        }

        @Override public Uni<DomainCreated> createDomain(DomainCreate create) { return notUsed(); }
        @Override public Uni<DomainRenewed> renewDomain(DomainRenew renew) { return notUsed(); }
        @Override public Uni<DomainInfo> infoDomain(DomainInfoQuery query) { return notUsed(); }
        @Override public Uni<RegistryReceipt> updateDomain(DomainUpdate update) { return notUsed(); }
        @Override public Uni<RegistryReceipt> deleteDomain(DomainDelete delete) { return notUsed(); }
        @Override public Uni<RegistryReceipt> restoreDomain(DomainRestore restore) { return notUsed(); }
        @Override public Uni<TransferState> transferDomain(DomainTransfer transfer) { return notUsed(); }
        @Override public Uni<ContactCreated> createContact(ContactCreate create) { return notUsed(); }
        @Override public Uni<RegistryReceipt> updateContact(ContactUpdate update) { return notUsed(); }
        @Override public Uni<RegistryReceipt> changeHolder(HolderChange change) { return notUsed(); }
        @Override public Uni<Optional<PollMessage>> poll() { return notUsed(); }
        @Override public Uni<Void> acknowledge(String messageId) { return notUsed(); }
        @Override public RegistryHealth health() { throw new IllegalStateException("only checks in this test"); }
        @Override public Uni<Void> close() { return Uni.createFrom().voidItem(); }
    }
}
