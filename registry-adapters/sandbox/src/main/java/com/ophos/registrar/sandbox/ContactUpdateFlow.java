package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/** contact:update: statuses, postal data, phone, email, auth code; at AFNIC the frnic legal entity too. */
final class ContactUpdateFlow implements Flow {
    private static final Set<String> CLIENT_STATUSES = Set.of("clientDeleteProhibited",
            "clientTransferProhibited", "clientUpdateProhibited");

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        XmlElement update = context.object();
        ContactObject contact = ContactLookup.requireSponsored(context,
                update.requiredText(EppNamespaces.CONTACT, "id"));
        Set<String> add = statuses(update.child(EppNamespaces.CONTACT, "add"));
        Set<String> rem = statuses(update.child(EppNamespaces.CONTACT, "rem"));
        if (contact.statuses.contains("serverUpdateProhibited")
                || (contact.statuses.contains("clientUpdateProhibited") && !rem.contains("clientUpdateProhibited"))) {
            throw new EppException.StatusProhibitsOperation("contact " + contact.id + " is update prohibited");
        }
        for (String status : add) {
            if (!CLIENT_STATUSES.contains(status) || contact.statuses.contains(status)) {
                throw new EppException.ParameterValuePolicy("status " + status + " cannot be added");
            }
        }
        for (String status : rem) {
            if (!contact.statuses.contains(status)) {
                throw new EppException.ParameterValuePolicy("status " + status + " is not set");
            }
        }
        Optional<XmlElement> legalEntity = context.command().extension(EppNamespaces.FRNIC, "ext")
                .flatMap(ext -> ext.child(EppNamespaces.FRNIC, "update"))
                .flatMap(u -> u.child(EppNamespaces.FRNIC, "contact"))
                .flatMap(c -> c.child(EppNamespaces.FRNIC, "legalEntityInfos"));
        if (legalEntity.isPresent()) {
            ContactCreateFlow.requireLegalStatus(legalEntity.get());
        }
        Optional<XmlElement> chg = update.child(EppNamespaces.CONTACT, "chg");
        Optional<XmlElement> postalInfo = chg.flatMap(c -> c.child(EppNamespaces.CONTACT, "postalInfo"));
        if (postalInfo.isPresent()) {
            // validate on a scratch copy first: a 2xxx must leave the contact untouched
            ContactFields.readPostalInfo(new ContactObject(contact.id, "", contact.sponsor, contact.created),
                    postalInfo.get());
            ContactFields.readPostalInfo(contact, postalInfo.get());
        }
        chg.flatMap(c -> c.childText(EppNamespaces.CONTACT, "voice")).ifPresent(v -> contact.voice = v);
        chg.flatMap(c -> c.childText(EppNamespaces.CONTACT, "fax")).ifPresent(v -> contact.fax = v);
        chg.flatMap(c -> c.childText(EppNamespaces.CONTACT, "email")).ifPresent(v -> contact.email = v);
        ContactFields.pw(chg.flatMap(c -> c.child(EppNamespaces.CONTACT, "authInfo")))
                .ifPresent(pw -> contact.authInfo = pw);
        legalEntity.ifPresent(infos -> {
            contact.legalEntity.clear();
            infos.children().forEach(child -> contact.legalEntity.put(child.name(),
                    child.name().equals("legalStatus") ? child.attribute("s").orElse("") : child.text()));
        });
        contact.statuses.removeAll(rem);
        contact.statuses.addAll(add);
        contact.updated = context.now();
        return EppResponse.ok();
    }

    private static Set<String> statuses(Optional<XmlElement> addOrRem) {
        Set<String> result = new LinkedHashSet<>();
        addOrRem.ifPresent(e -> e.children(EppNamespaces.CONTACT, "status")
                .forEach(s -> result.add(s.attribute("s").orElse(""))));
        return result;
    }
}
