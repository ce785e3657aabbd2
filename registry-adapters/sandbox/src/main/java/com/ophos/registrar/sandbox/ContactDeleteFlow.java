package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;

/** contact:delete: refused with 2305 while a domain links the contact. */
final class ContactDeleteFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        ContactObject contact = ContactLookup.requireSponsored(context,
                context.object().requiredText(EppNamespaces.CONTACT, "id"));
        if (contact.statuses.contains("clientDeleteProhibited") || contact.statuses.contains("serverDeleteProhibited")) {
            throw new EppException.StatusProhibitsOperation("contact " + contact.id + " is delete prohibited");
        }
        boolean linked = context.state().domains.values().stream().anyMatch(d -> d.linksContact(contact.id));
        if (linked) {
            throw new EppException.AssociationProhibitsOperation("contact " + contact.id + " is linked to a domain");
        }
        context.state().contacts.remove(contact.id);
        return EppResponse.ok();
    }
}
