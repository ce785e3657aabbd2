package com.ophos.registrar.sandbox;

/** Finds a host or answers 2303; checks sponsorship for transforms. */
final class HostLookup {

    private HostLookup() {
    }

    static HostObject require(CommandContext context, String name) throws EppException {
        HostObject host = context.state().hosts.get(DomainNames.normalise(name));
        if (host == null) {
            throw new EppException.ObjectDoesNotExist("host " + name);
        }
        return host;
    }

    static HostObject requireSponsored(CommandContext context, String name) throws EppException {
        HostObject host = require(context, name);
        if (!host.sponsor.equals(context.clientId())) {
            throw new EppException.AuthorizationError("host " + name + " is sponsored by another registrar");
        }
        return host;
    }

    static boolean linked(CommandContext context, String name) {
        return context.state().domains.values().stream().anyMatch(d -> d.nameservers.contains(name));
    }
}
