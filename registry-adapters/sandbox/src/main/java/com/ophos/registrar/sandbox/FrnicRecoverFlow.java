package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * AFNIC forced holder change ({@code frnic:recover op="request"}): a registrar holding the domain's
 * auth code takes the domain over for a new holder. Answered 1001; the requester's poll message
 * settles it, the losing registrar is told by a transfer message.
 */
final class FrnicRecoverFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        XmlElement recover = context.object();
        if (!"request".equals(recover.attribute("op").orElse(""))) {
            throw new EppException.UnimplementedOption("frnic:recover supports op=request only");
        }
        XmlElement domainElement = recover.required(EppNamespaces.FRNIC, "domain");
        String name = DomainNames.normalise(domainElement.requiredText(EppNamespaces.FRNIC, "name"));
        DomainObject domain = context.domain(name);
        String newHolder = domainElement.requiredText(EppNamespaces.FRNIC, "registrant");
        Optional<String> authInfo = domainElement.child(EppNamespaces.FRNIC, "authInfo")
                .flatMap(auth -> auth.childText(EppNamespaces.DOMAIN, "pw"));
        if (authInfo.isEmpty() || !authInfo.get().equals(domain.authInfo)) {
            throw new EppException.InvalidAuthorizationInformation();
        }
        DomainContacts.requireExists(context, newHolder);
        if (domain.deleted != null || domain.pendingTransfer != null) {
            throw new EppException.StatusProhibitsOperation("domain " + name + " cannot be recovered now");
        }
        String losing = domain.sponsor;
        domain.registrant = newHolder;
        domain.sponsor = context.clientId();
        domain.transferred = context.now();
        domain.updated = context.now();
        context.state().enqueue(context.clientId(), context.now(), "Recover completed for " + name,
                Optional.empty(), Optional.of(new PollMessage.ActionNotice(name, true,
                        context.command().clientTransactionId().orElse(""), context.serverTransactionId(),
                        context.now())));
        if (!losing.equals(context.clientId())) {
            context.state().enqueue(losing, context.now(), "Domain " + name + " recovered by another registrar",
                    Optional.of(new PollMessage.TransferNotice(name, "serverApproved", context.clientId(),
                            context.now(), losing, context.now(), domain.expires.atZone(ZoneOffset.UTC).toInstant())),
                    Optional.empty());
        }
        return EppResponse.of(1001).withExtension(out -> FrnicData.writeTrade(out, name, "pending",
                domain.sponsor, context.now(), newHolder));
    }
}
