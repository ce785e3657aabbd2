package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.Optional;

/** Reads contact:postalInfo, voice, fax, email and authInfo into a contact, and writes them back. */
final class ContactFields {

    private ContactFields() {
    }

    static void readPostalInfo(ContactObject contact, XmlElement postalInfo) throws EppException {
        contact.postalType = postalInfo.attribute("type").orElse("loc");
        contact.name = postalInfo.requiredText(EppNamespaces.CONTACT, "name");
        contact.org = postalInfo.childText(EppNamespaces.CONTACT, "org").orElse(null);
        XmlElement addr = postalInfo.required(EppNamespaces.CONTACT, "addr");
        contact.streets.clear();
        contact.streets.addAll(addr.childTexts(EppNamespaces.CONTACT, "street"));
        contact.city = addr.requiredText(EppNamespaces.CONTACT, "city");
        contact.province = addr.childText(EppNamespaces.CONTACT, "sp").orElse(null);
        contact.postalCode = addr.childText(EppNamespaces.CONTACT, "pc").orElse(null);
        String cc = addr.requiredText(EppNamespaces.CONTACT, "cc");
        if (!cc.matches("[A-Z]{2}")) {
            throw new EppException.ParameterValueSyntax("contact:cc must be an ISO 3166 alpha-2 code: " + cc);
        }
        contact.countryCode = cc;
    }

    static Optional<String> pw(Optional<XmlElement> authInfo) {
        return authInfo.flatMap(a -> a.childText(EppNamespaces.CONTACT, "pw"));
    }

    static void writeInfo(XmlOut out, ContactObject contact, boolean withAuthInfo) {
        String ns = EppNamespaces.CONTACT;
        out.start(ns, "infData").element(ns, "id", contact.id).element(ns, "roid", contact.roid);
        (contact.statuses.isEmpty() ? java.util.Set.of("ok") : contact.statuses)
                .forEach(s -> out.start(ns, "status").attribute("s", s).end());
        out.start(ns, "postalInfo").attribute("type", contact.postalType).element(ns, "name", contact.name);
        if (contact.org != null) {
            out.element(ns, "org", contact.org);
        }
        out.start(ns, "addr");
        contact.streets.forEach(street -> out.element(ns, "street", street));
        out.element(ns, "city", contact.city);
        if (contact.province != null) {
            out.element(ns, "sp", contact.province);
        }
        if (contact.postalCode != null) {
            out.element(ns, "pc", contact.postalCode);
        }
        out.element(ns, "cc", contact.countryCode).end().end();
        if (contact.voice != null) {
            out.element(ns, "voice", contact.voice);
        }
        if (contact.fax != null) {
            out.element(ns, "fax", contact.fax);
        }
        out.element(ns, "email", contact.email).element(ns, "clID", contact.sponsor)
                .element(ns, "crID", contact.sponsor).element(ns, "crDate", XmlOut.dateTime(contact.created));
        if (contact.updated != null) {
            out.element(ns, "upDate", XmlOut.dateTime(contact.updated));
        }
        if (withAuthInfo) {
            out.start(ns, "authInfo").element(ns, "pw", contact.authInfo).end();
        }
        out.end();
    }
}
