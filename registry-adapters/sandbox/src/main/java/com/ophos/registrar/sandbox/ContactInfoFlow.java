package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.Optional;

/** contact:info: the sponsor, or another registrar quoting the auth code. */
final class ContactInfoFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        String id = context.object().requiredText(EppNamespaces.CONTACT, "id");
        ContactObject contact = ContactLookup.require(context, id);
        Optional<String> authInfo = ContactFields.pw(context.object().child(EppNamespaces.CONTACT, "authInfo"));
        boolean sponsor = contact.sponsor.equals(context.clientId());
        if (!sponsor) {
            if (authInfo.isEmpty()) {
                throw new EppException.AuthorizationError("contact " + id + " is sponsored by another registrar");
            }
            if (!authInfo.get().equals(contact.authInfo)) {
                throw new EppException.InvalidAuthorizationInformation();
            }
        }
        return EppResponse.ok().withResData(out -> ContactFields.writeInfo(out, contact, true));
    }
}
