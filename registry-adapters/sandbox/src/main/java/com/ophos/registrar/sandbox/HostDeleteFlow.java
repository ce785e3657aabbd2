package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;

/** host:delete: refused with 2305 while a domain delegates to the host. */
final class HostDeleteFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        HostObject host = HostLookup.requireSponsored(context,
                context.object().requiredText(EppNamespaces.HOST, "name"));
        if (host.statuses.contains("clientDeleteProhibited") || host.statuses.contains("serverDeleteProhibited")) {
            throw new EppException.StatusProhibitsOperation("host " + host.name + " is delete prohibited");
        }
        if (HostLookup.linked(context, host.name)) {
            throw new EppException.AssociationProhibitsOperation("host " + host.name + " is delegated to");
        }
        context.state().hosts.remove(host.name);
        return EppResponse.ok();
    }
}
