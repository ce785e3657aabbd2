package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * domain:transfer: request (1001, poll message to the losing registrar), query, approve, reject,
 * cancel. The server approves by itself once {@code transferAutoApprove} has passed.
 */
final class DomainTransferFlow implements Flow {
    private static final Set<String> PROHIBITING = Set.of("clientTransferProhibited", "serverTransferProhibited",
            "pendingDelete");

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        String name = DomainNames.normalise(context.object().requiredText(EppNamespaces.DOMAIN, "name"));
        SubProducts.require(context, List.of(name));
        DomainObject domain = context.domain(name);
        String op = context.command().verb().attribute("op").orElse("");
        return switch (op) {
            case "request" -> request(context, domain);
            case "query" -> query(context, domain);
            case "approve" -> approve(context, domain);
            case "reject" -> endByLoser(context, domain, "clientRejected");
            case "cancel" -> cancel(context, domain);
            default -> throw new EppException.ParameterValueSyntax("transfer op must be request, query, approve, "
                    + "reject or cancel");
        };
    }

    private EppResponse request(CommandContext context, DomainObject domain) throws EppException {
        if (domain.sponsor.equals(context.clientId())) {
            throw new EppException.NotEligibleForTransfer("domain " + domain.name + " is already yours");
        }
        if (domain.pendingTransfer != null) {
            throw new EppException.PendingTransfer("domain " + domain.name + " is pendingTransfer");
        }
        for (String status : domain.eppStatuses()) {
            if (PROHIBITING.contains(status)) {
                throw new EppException.StatusProhibitsOperation("domain " + domain.name + " is " + status);
            }
        }
        if (context.now().isBefore(domain.created.plus(context.settings().transferLockAfterCreate()))) {
            throw new EppException.NotEligibleForTransfer("domain " + domain.name + " was created too recently");
        }
        requireAuthInfo(context, domain);
        int years = Periods.years(context.object().child(EppNamespaces.DOMAIN, "period"));
        if (!context.settings().renewYears().contains(years)) {
            throw new EppException.ParameterValuePolicy("a transfer adding " + years + " years is not allowed here");
        }
        Optional<Tariff> tariff = FeeExtension.tariff(context, domain.name);
        BigDecimal price = tariff.map(t -> t.price(Tariff.FeeCommand.TRANSFER, years)).orElse(BigDecimal.ZERO);
        FeeExtension.verifyEcho(context, "transfer", tariff, price);

        Instant now = context.now();
        PendingTransfer transfer = new PendingTransfer(context.clientId(), domain.sponsor, now,
                now.plus(context.settings().transferAutoApprove()), years);
        context.state().startTransfer(domain, transfer);
        Instant expiryAfter = domain.expires.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
        PollMessage.TransferNotice notice = new PollMessage.TransferNotice(domain.name, "pending",
                transfer.gainingClientId(), now, transfer.losingClientId(), transfer.actionDue(), expiryAfter);
        context.state().enqueue(transfer.losingClientId(), now, "Transfer requested for " + domain.name,
                Optional.of(notice), Optional.empty());
        EppResponse response = EppResponse.of(1001).withResData(out -> TransferData.write(out, notice));
        return FeeExtension.charged(context, "trnData", tariff, price, Optional.of(years))
                .map(response::withExtension).orElse(response);
    }

    private EppResponse query(CommandContext context, DomainObject domain) throws EppException {
        PendingTransfer transfer = domain.pendingTransfer;
        if (transfer == null) {
            throw new EppException.NotPendingTransfer("domain " + domain.name + " has no pending transfer");
        }
        boolean party = context.clientId().equals(transfer.gainingClientId())
                || context.clientId().equals(transfer.losingClientId());
        if (!party) {
            requireAuthInfo(context, domain);
        }
        PollMessage.TransferNotice notice = new PollMessage.TransferNotice(domain.name, "pending",
                transfer.gainingClientId(), transfer.requested(), transfer.losingClientId(), transfer.actionDue(),
                domain.expires.atZone(ZoneOffset.UTC).plusYears(transfer.years()).toInstant());
        return EppResponse.ok().withResData(out -> TransferData.write(out, notice));
    }

    private EppResponse approve(CommandContext context, DomainObject domain) throws EppException {
        PendingTransfer transfer = requirePendingFor(domain, context.clientId(), true);
        TransferSettlement.complete(context.state(), domain, "clientApproved", context.now());
        return settled(domain, transfer, "clientApproved", context.now());
    }

    private EppResponse endByLoser(CommandContext context, DomainObject domain, String status) throws EppException {
        PendingTransfer transfer = requirePendingFor(domain, context.clientId(), true);
        TransferSettlement.abandon(context.state(), domain, status, context.now());
        return settled(domain, transfer, status, context.now());
    }

    private EppResponse cancel(CommandContext context, DomainObject domain) throws EppException {
        PendingTransfer transfer = requirePendingFor(domain, context.clientId(), false);
        TransferSettlement.abandon(context.state(), domain, "clientCancelled", context.now());
        return settled(domain, transfer, "clientCancelled", context.now());
    }

    private static EppResponse settled(DomainObject domain, PendingTransfer transfer, String status, Instant now) {
        PollMessage.TransferNotice notice = new PollMessage.TransferNotice(domain.name, status,
                transfer.gainingClientId(), transfer.requested(), transfer.losingClientId(), now, domain.expires);
        return EppResponse.ok().withResData(out -> TransferData.write(out, notice));
    }

    /** @param byLoser approve/reject belong to the losing registrar, cancel to the gaining one */
    private static PendingTransfer requirePendingFor(DomainObject domain, String clientId, boolean byLoser)
            throws EppException {
        PendingTransfer transfer = domain.pendingTransfer;
        if (transfer == null) {
            throw new EppException.NotPendingTransfer("domain " + domain.name + " has no pending transfer");
        }
        String allowed = byLoser ? transfer.losingClientId() : transfer.gainingClientId();
        if (!allowed.equals(clientId)) {
            throw new EppException.AuthorizationError("only the " + (byLoser ? "losing" : "gaining")
                    + " registrar may do this");
        }
        return transfer;
    }

    private static void requireAuthInfo(CommandContext context, DomainObject domain) throws EppException {
        Optional<String> authInfo = context.object().child(EppNamespaces.DOMAIN, "authInfo")
                .flatMap(auth -> auth.childText(EppNamespaces.DOMAIN, "pw"));
        if (authInfo.isEmpty() || !authInfo.get().equals(domain.authInfo)) {
            throw new EppException.InvalidAuthorizationInformation();
        }
    }
}
