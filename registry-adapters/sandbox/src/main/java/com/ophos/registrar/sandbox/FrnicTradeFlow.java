package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.Optional;

/**
 * AFNIC holder change ({@code frnic:trade}). The sponsor asks with the domain's auth code and an
 * existing contact as the new holder; the registry answers 1001. By default it decides at once and
 * reports the outcome as a poll message (panData) carrying the request's transaction ids; with
 * {@link SandboxRegistry#tradesStayPending} the trade waits for {@link SandboxRegistry#decideTrade}
 * meanwhile {@code query} reports it pending and {@code cancel} withdraws it.
 */
final class FrnicTradeFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        XmlElement trade = context.object();
        XmlElement domainElement = trade.required(EppNamespaces.FRNIC, "domain");
        String name = DomainNames.normalise(domainElement.requiredText(EppNamespaces.FRNIC, "name"));
        DomainObject domain = context.domain(name);
        context.requireSponsor(domain);
        return switch (trade.attribute("op").orElse("")) {
            case "request" -> request(context, domain, domainElement);
            case "query" -> query(domain);
            case "cancel" -> cancel(context, domain);
            default -> throw new EppException.ParameterValueSyntax("frnic:trade op must be request, query or cancel");
        };
    }

    private EppResponse request(CommandContext context, DomainObject domain, XmlElement domainElement)
            throws EppException {
        String newHolder = domainElement.requiredText(EppNamespaces.FRNIC, "registrant");
        Optional<String> authInfo = domainElement.child(EppNamespaces.FRNIC, "authInfo")
                .flatMap(auth -> auth.childText(EppNamespaces.DOMAIN, "pw"));
        if (authInfo.isEmpty() || !authInfo.get().equals(domain.authInfo)) {
            throw new EppException.InvalidAuthorizationInformation();
        }
        DomainContacts.requireExists(context, newHolder);
        if (domain.pendingTrade != null) {
            throw new EppException.StatusProhibitsOperation("a trade of " + domain.name + " is already pending");
        }
        if (domain.deleted != null || domain.statuses.contains("serverUpdateProhibited")
                || domain.statuses.contains("clientUpdateProhibited")) {
            throw new EppException.StatusProhibitsOperation("domain " + domain.name + " cannot change holder now");
        }
        domain.pendingTrade = new PendingTrade(newHolder, context.clientId(), context.now(),
                context.command().clientTransactionId().orElse(""), context.serverTransactionId());
        domain.lastTradeStatus = "pending";
        domain.lastTradeAt = context.now();
        if (!context.state().tradesStayPending) {
            context.state().decideTrade(domain, true, context.now());
        }
        return EppResponse.of(1001).withExtension(out -> FrnicData.writeTrade(out, domain.name, "pending",
                domain.sponsor, context.now(), newHolder));
    }

    private EppResponse query(DomainObject domain) throws EppException {
        if (domain.lastTradeStatus == null) {
            throw new EppException.ObjectDoesNotExist("trade for " + domain.name);
        }
        PendingTrade pending = domain.pendingTrade;
        return EppResponse.ok().withExtension(out -> FrnicData.writeTrade(out, domain.name, domain.lastTradeStatus,
                domain.sponsor, domain.lastTradeAt,
                pending != null ? pending.newHolder() : domain.registrant));
    }

    private EppResponse cancel(CommandContext context, DomainObject domain) throws EppException {
        PendingTrade pending = domain.pendingTrade;
        if (pending == null) {
            throw new EppException.StatusProhibitsOperation("no trade is pending for " + domain.name);
        }
        domain.pendingTrade = null;
        domain.lastTradeStatus = "cancelled";
        domain.lastTradeAt = context.now();
        return EppResponse.ok().withExtension(out -> FrnicData.writeTrade(out, domain.name, "cancelled",
                domain.sponsor, context.now(), pending.newHolder()));
    }
}
