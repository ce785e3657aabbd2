package com.ophos.registrar.sandbox;

/** Finds a contact or answers 2303; checks sponsorship for transforms. */
final class ContactLookup {

    private ContactLookup() {
    }

    static ContactObject require(CommandContext context, String id) throws EppException {
        ContactObject contact = context.state().contacts.get(id);
        if (contact == null) {
            throw new EppException.ObjectDoesNotExist("contact " + id);
        }
        return contact;
    }

    static ContactObject requireSponsored(CommandContext context, String id) throws EppException {
        ContactObject contact = require(context, id);
        if (!contact.sponsor.equals(context.clientId())) {
            throw new EppException.AuthorizationError("contact " + id + " is sponsored by another registrar");
        }
        return contact;
    }
}
