package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * domain:info. The sponsor, or anyone quoting the right auth code, sees everything; another
 * registrar without one sees only name, ROID, statuses and sponsor (RFC 5731 3.1.2).
 */
final class DomainInfoFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        String name = DomainNames.normalise(context.object().requiredText(EppNamespaces.DOMAIN, "name"));
        SubProducts.require(context, List.of(name));
        DomainObject domain = context.domain(name);
        Optional<String> authInfo = context.object().child(EppNamespaces.DOMAIN, "authInfo")
                .flatMap(auth -> auth.childText(EppNamespaces.DOMAIN, "pw"));
        boolean sponsor = domain.sponsor.equals(context.clientId());
        if (!sponsor && authInfo.isPresent() && !authInfo.get().equals(domain.authInfo)) {
            throw new EppException.InvalidAuthorizationInformation();
        }
        boolean full = sponsor || authInfo.isPresent();
        boolean hostObjects = context.settings().flavour().hostObjects();
        Set<String> rgp = context.sessionExtensions().contains(EppNamespaces.RGP)
                ? domain.rgpStatuses(context.now(), context.settings()) : Set.of();
        EppResponse response = EppResponse.ok().withResData(out -> {
            out.start(EppNamespaces.DOMAIN, "infData")
                    .element(EppNamespaces.DOMAIN, "name", domain.name)
                    .element(EppNamespaces.DOMAIN, "roid", domain.roid);
            domain.eppStatuses().forEach(s -> out.start(EppNamespaces.DOMAIN, "status").attribute("s", s).end());
            if (full) {
                if (domain.registrant != null) {
                    out.element(EppNamespaces.DOMAIN, "registrant", domain.registrant);
                }
                DomainContacts.write(out, domain.contacts);
                Nameservers.write(out, hostObjects, domain.nameservers);
            }
            out.element(EppNamespaces.DOMAIN, "clID", domain.sponsor);
            if (full) {
                out.element(EppNamespaces.DOMAIN, "crID", domain.creator)
                        .element(EppNamespaces.DOMAIN, "crDate", XmlOut.dateTime(domain.created));
                if (domain.updated != null) {
                    out.element(EppNamespaces.DOMAIN, "upDate", XmlOut.dateTime(domain.updated));
                }
                out.element(EppNamespaces.DOMAIN, "exDate", XmlOut.dateTime(domain.expires));
                if (domain.transferred != null) {
                    out.element(EppNamespaces.DOMAIN, "trDate", XmlOut.dateTime(domain.transferred));
                }
                out.start(EppNamespaces.DOMAIN, "authInfo").element(EppNamespaces.DOMAIN, "pw", domain.authInfo).end();
            }
            out.end();
        });
        boolean secDns = full && !domain.dsData.isEmpty()
                && context.sessionExtensions().contains(EppNamespaces.SEC_DNS);
        if (rgp.isEmpty() && !secDns) {
            return response;
        }
        return response.withExtension(out -> {
            if (!rgp.isEmpty()) {
                out.start(EppNamespaces.RGP, "infData");
                rgp.forEach(s -> out.start(EppNamespaces.RGP, "rgpStatus").attribute("s", s).end());
                out.end();
            }
            if (secDns) {
                DsRecords.writeInfo(out, domain.dsData);
            }
        });
    }
}
