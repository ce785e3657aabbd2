package com.ophos.registrar.dispute;

import com.ophos.registrar.lifecycle.model.Customer;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Tells the customer a case was opened on their domain (R3, R22), with the grounds and the deadline. */
@ApplicationScoped
public class CustomerNotice {
    static final String COMMAND = "mail:customer-notice";

    private final Mailer mailer;
    private final DisputesConfig config;

    public CustomerNotice(Mailer mailer, DisputesConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    /** @return the address written to, or empty when the customer has none on record */
    public Optional<String> caseOpened(DisputeCase disputeCase) {
        Optional<String> email = QuarkusTransaction.joiningExisting().call(() ->
                Optional.ofNullable(Customer.<Customer>findById(disputeCase.customerId)).map(c -> c.email));
        email.ifPresent(to -> mailer.send(Mail.withText(to, subject(disputeCase), body(disputeCase))
                .setFrom(config.mailFrom())));
        return email;
    }

    private static String subject(DisputeCase disputeCase) {
        return disputeCase.kind == DisputeKind.THIRD_PARTY_CLAIM
                ? "Your domain " + disputeCase.domain + " is subject to a third-party claim (case " + disputeCase.id + ")"
                : "Web access to " + disputeCase.domain + " may be suspended for its content (case " + disputeCase.id + ")";
    }

    private static String body(DisputeCase disputeCase) {
        String consequence = disputeCase.kind == DisputeKind.THIRD_PARTY_CLAIM
                ? "As our terms of sale allow (R3), the domain is frozen while the case is open: it cannot be"
                        + " changed, transferred, deleted or renewed automatically, and web access may be stopped."
                : "As our terms of sale allow (R22), access to illegal content is suspended immediately.";
        return "Hello,\n\nDispute case " + disputeCase.id + " was opened on " + disputeCase.domain + ".\n\nGrounds: "
                + disputeCase.grounds + "\n" + (disputeCase.claimant == null ? "" : "Claimant: " + disputeCase.claimant + "\n")
                + (disputeCase.deadline == null ? "" : "Decision expected by: " + disputeCase.deadline + "\n")
                + "\n" + consequence + "\n\nReply to this message to send us your observations.\n";
    }
}
