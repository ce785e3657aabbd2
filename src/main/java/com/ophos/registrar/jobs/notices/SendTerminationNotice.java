package com.ophos.registrar.jobs.notices;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.jobs.ItemResult;
import com.ophos.registrar.jobs.RunsConfig;
import com.ophos.registrar.lifecycle.model.Customer;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

/**
 * R15: tells the customer that the account, the hosting and the domain name go {@code daysBefore}
 * days from now. The notice row is written and flushed before the mail leaves, so its unique key
 * (contract, day) stops a second sender; a mail that cannot be sent rolls the row back for a retry.
 */
@ApplicationScoped
public class SendTerminationNotice {
    private final Mailer mailer;
    private final AuditLog audit;
    private final RunsConfig config;

    SendTerminationNotice(Mailer mailer, AuditLog audit, RunsConfig config) {
        this.mailer = mailer;
        this.audit = audit;
        this.config = config;
    }

    @Transactional
    /** {@code late}: the notice's day passed without it (the gateway was down); it says so. */
    public ItemResult run(long contractId, int daysBefore, boolean late, Instant now) {
        if (TerminationNotice.sent(contractId, daysBefore)) {
            return ItemResult.skipped("D-" + daysBefore + " notice already sent");
        }
        Contract contract = Contract.require(contractId);
        Customer customer = Customer.findById(contract.customerId);
        if (customer == null) {
            return ItemResult.failed("customer " + contract.customerId + " of contract " + contractId + " not found");
        }
        TerminationNotice notice = new TerminationNotice();
        notice.contractId = contractId;
        notice.customerId = contract.customerId;
        notice.daysBefore = daysBefore;
        notice.recipient = customer.email;
        notice.subject = subject(contract, daysBefore, late);
        notice.late = late;
        notice.endsAt = contract.endsAt;
        notice.sentAt = now;
        notice.persistAndFlush();
        audit.record(RunActor.NAME, "contract.termination-notice", "contract:" + contractId,
                Map.of("daysBefore", daysBefore, "endsAt", contract.endsAt.toString(), "late", late, "rule", "R15"));
        mailer.send(Mail.withText(customer.email, notice.subject, body(contract, daysBefore, late, now))
                .setFrom(config.notices().mailFrom()));
        return ItemResult.done("D-" + daysBefore + " notice sent" + (late ? " late" : ""));
    }

    private static String subject(Contract contract, int daysBefore, boolean late) {
        return (late ? "[Late notice] " : "") + "Your " + contract.offerName + " contract for " + contract.domain
                + (late ? " ends on " + LocalDate.ofInstant(contract.endsAt, ZoneOffset.UTC)
                        : " ends in " + daysBefore + (daysBefore == 1 ? " day" : " days"));
    }

    private static String body(Contract contract, int daysBefore, boolean late, Instant now) {
        String lateNote = late ? "This is the notice we owed you " + daysBefore + (daysBefore == 1 ? " day" : " days")
                + " before the end of your contract; we could not send it on that day and send it now, on "
                + LocalDate.ofInstant(now, ZoneOffset.UTC) + ".\n\n" : "";
        return lateNote + "Your contract " + contract.id + " (" + contract.offerName + ") for " + contract.domain
                + " ends on " + contract.endsAt + ".\n\n"
                + "The day after, your account is closed, the hosting is removed from our servers and the domain "
                + "name " + contract.domain + " is released (terms of sale, section 5). Its DNS zone is archived "
                + "with your contract before it is removed; keep your own backups of your data (section 8).\n";
    }
}
