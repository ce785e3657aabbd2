package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.List;
import java.util.Optional;

/**
 * host:create. A host under a domain of this registry needs that domain to exist and addresses
 * (glue); a host elsewhere takes no addresses.
 */
final class HostCreateFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        String name = DomainNames.normalise(context.object().requiredText(EppNamespaces.HOST, "name"));
        if (!DomainNames.isHostName(name)) {
            throw new EppException.ParameterValueSyntax("host name " + name + " is not a valid LDH name");
        }
        if (context.state().hosts.containsKey(name)) {
            throw new EppException.ObjectExists("host " + name);
        }
        List<HostObject.HostAddress> addresses =
                HostAddresses.parse(context.object().children(EppNamespaces.HOST, "addr"));
        Optional<String> superordinate = DomainNames.superordinate(name, context.settings());
        if (superordinate.isPresent()) {
            context.domain(superordinate.get());
            if (addresses.isEmpty()) {
                throw new EppException.RequiredParameterMissing("host " + name + " is in zone: host:addr is required");
            }
        } else if (!addresses.isEmpty()) {
            throw new EppException.ParameterValuePolicy("host " + name + " is outside this registry: no host:addr");
        }
        HostObject host = new HostObject(name, context.state().newRoid("HOST"), context.clientId(), context.now());
        host.addresses.addAll(addresses);
        context.state().hosts.put(name, host);
        return EppResponse.ok().withResData(out -> out.start(EppNamespaces.HOST, "creData")
                .element(EppNamespaces.HOST, "name", name)
                .element(EppNamespaces.HOST, "crDate", XmlOut.dateTime(host.created)).end());
    }
}
