package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.Optional;

/**
 * AFNIC holder change ({@code frnic:trade}). The sponsor asks with the domain's auth code and an
 * existing contact as the new holder; the registry answers 1001 and settles it at once, reporting
 * the outcome as a poll message (panData) that carries the request's transaction ids. {@code query}
 * reports the last trade; {@code cancel} finds nothing pending.
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
            case "cancel" -> throw new EppException.StatusProhibitsOperation("no trade is pending for " + name);
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
        if (domain.deleted != null || domain.statuses.contains("serverUpdateProhibited")
                || domain.statuses.contains("clientUpdateProhibited")) {
            throw new EppException.StatusProhibitsOperation("domain " + domain.name + " cannot change holder now");
        }
        domain.registrant = newHolder;
        domain.updated = context.now();
        domain.lastTradeStatus = "completed";
        context.state().enqueue(context.clientId(), context.now(), "Trade completed for " + domain.name,
                Optional.empty(), Optional.of(new PollMessage.ActionNotice(domain.name, true,
                        context.command().clientTransactionId().orElse(""), context.serverTransactionId(),
                        context.now())));
        return EppResponse.of(1001).withExtension(out -> FrnicData.writeTrade(out, domain, "pending", context));
    }

    private EppResponse query(DomainObject domain) throws EppException {
        if (domain.lastTradeStatus == null) {
            throw new EppException.ObjectDoesNotExist("trade for " + domain.name);
        }
        return EppResponse.ok().withExtension(out -> FrnicData.writeTrade(out, domain, domain.lastTradeStatus, null));
    }
}
