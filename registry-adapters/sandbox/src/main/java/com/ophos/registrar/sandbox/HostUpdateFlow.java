package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** host:update: addresses and statuses; renaming is refused while domains delegate to the host. */
final class HostUpdateFlow implements Flow {
    private static final Set<String> CLIENT_STATUSES = Set.of("clientDeleteProhibited", "clientUpdateProhibited");

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        XmlElement update = context.object();
        HostObject host = HostLookup.requireSponsored(context, update.requiredText(EppNamespaces.HOST, "name"));
        Optional<XmlElement> add = update.child(EppNamespaces.HOST, "add");
        Optional<XmlElement> rem = update.child(EppNamespaces.HOST, "rem");
        Set<String> addStatuses = statuses(add);
        Set<String> remStatuses = statuses(rem);
        if (host.statuses.contains("serverUpdateProhibited") || (host.statuses.contains("clientUpdateProhibited")
                && !remStatuses.contains("clientUpdateProhibited"))) {
            throw new EppException.StatusProhibitsOperation("host " + host.name + " is update prohibited");
        }
        for (String status : addStatuses) {
            if (!CLIENT_STATUSES.contains(status) || host.statuses.contains(status)) {
                throw new EppException.ParameterValuePolicy("status " + status + " cannot be added");
            }
        }
        List<HostObject.HostAddress> addresses = new ArrayList<>(host.addresses);
        addresses.removeAll(HostAddresses.parse(rem.map(r -> r.children(EppNamespaces.HOST, "addr")).orElse(List.of())));
        addresses.addAll(HostAddresses.parse(add.map(a -> a.children(EppNamespaces.HOST, "addr")).orElse(List.of())));
        Optional<String> newName = update.child(EppNamespaces.HOST, "chg")
                .flatMap(c -> c.childText(EppNamespaces.HOST, "name")).map(DomainNames::normalise);
        if (newName.isPresent()) {
            if (HostLookup.linked(context, host.name)) {
                throw new EppException.AssociationProhibitsOperation("host " + host.name + " is delegated to");
            }
            if (context.state().hosts.containsKey(newName.get())) {
                throw new EppException.ObjectExists("host " + newName.get());
            }
        }
        host.addresses.clear();
        host.addresses.addAll(addresses);
        host.statuses.removeAll(remStatuses);
        host.statuses.addAll(addStatuses);
        newName.ifPresent(name -> {
            context.state().hosts.remove(host.name);
            host.name = name;
            context.state().hosts.put(name, host);
        });
        host.updated = context.now();
        return EppResponse.ok();
    }

    private static Set<String> statuses(Optional<XmlElement> addOrRem) {
        Set<String> result = new LinkedHashSet<>();
        addOrRem.ifPresent(e -> e.children(EppNamespaces.HOST, "status")
                .forEach(s -> result.add(s.attribute("s").orElse(""))));
        return result;
    }
}
