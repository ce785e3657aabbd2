package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.Optional;

/**
 * contact:create. At AFNIC the registry assigns the id (returned in creData) and the contact must say,
 * through frnic, whether it is a legal entity ({@code legalEntityInfos}) or an individual.
 */
final class ContactCreateFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        XmlElement create = context.object();
        boolean afnic = context.settings().flavour() == SandboxFlavour.AFNIC;
        String requestedId = create.requiredText(EppNamespaces.CONTACT, "id");
        if (!afnic && context.state().contacts.containsKey(requestedId)) {
            throw new EppException.ObjectExists("contact " + requestedId);
        }
        ContactObject draft = new ContactObject(requestedId, "", context.clientId(), context.now());
        ContactFields.readPostalInfo(draft, create.required(EppNamespaces.CONTACT, "postalInfo"));
        String email = create.requiredText(EppNamespaces.CONTACT, "email");
        String authInfo = ContactFields.pw(create.child(EppNamespaces.CONTACT, "authInfo")).orElseThrow(
                () -> new EppException.RequiredParameterMissing("contact:authInfo/contact:pw is required"));
        Optional<XmlElement> frnicContact = context.command().extension(EppNamespaces.FRNIC, "ext")
                .flatMap(ext -> ext.child(EppNamespaces.FRNIC, "create"))
                .flatMap(c -> c.child(EppNamespaces.FRNIC, "contact"));
        Optional<XmlElement> legalEntity = frnicContact.flatMap(c -> c.child(EppNamespaces.FRNIC, "legalEntityInfos"));
        boolean individual = frnicContact.flatMap(c -> c.child(EppNamespaces.FRNIC, "individualInfos")).isPresent();
        if (afnic && legalEntity.isEmpty() && !individual) {
            throw new EppException.RequiredParameterMissing(
                    "frnic:contact needs legalEntityInfos or individualInfos");
        }
        if (legalEntity.isPresent()) {
            requireLegalStatus(legalEntity.get());
        }

        String id = afnic ? context.state().newContactId(draft.name) : requestedId;
        ContactObject contact = new ContactObject(id, context.state().newRoid("CONTACT"), context.clientId(),
                context.now());
        ContactFields.readPostalInfo(contact, create.required(EppNamespaces.CONTACT, "postalInfo"));
        contact.voice = create.childText(EppNamespaces.CONTACT, "voice").orElse(null);
        contact.fax = create.childText(EppNamespaces.CONTACT, "fax").orElse(null);
        contact.email = email;
        contact.authInfo = authInfo;
        contact.individual = individual;
        legalEntity.ifPresent(infos -> infos.children().forEach(child -> contact.legalEntity.put(child.name(),
                child.name().equals("legalStatus") ? child.attribute("s").orElse("") : child.text())));
        context.state().contacts.put(id, contact);
        return EppResponse.ok().withResData(out -> out.start(EppNamespaces.CONTACT, "creData")
                .element(EppNamespaces.CONTACT, "id", id)
                .element(EppNamespaces.CONTACT, "crDate", XmlOut.dateTime(contact.created)).end());
    }

    static void requireLegalStatus(XmlElement legalEntity) throws EppException {
        String status = legalEntity.child(EppNamespaces.FRNIC, "legalStatus")
                .flatMap(s -> s.attribute("s")).orElseThrow(() ->
                        new EppException.RequiredParameterMissing("frnic:legalStatus s=... is required"));
        if (!status.equals("company") && !status.equals("association") && !status.equals("other")) {
            throw new EppException.ParameterValueSyntax("frnic:legalStatus must be company, association or other");
        }
    }
}
