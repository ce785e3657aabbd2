package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A domain's {@code <domain:ns>}: host objects or inline host attributes, as the flavour requires. */
final class Nameservers {

    private Nameservers() {
    }

    static List<String> parse(CommandContext context, Optional<XmlElement> ns) throws EppException {
        List<String> names = new ArrayList<>();
        if (ns.isEmpty()) {
            return names;
        }
        boolean hostObjects = context.settings().flavour().hostObjects();
        List<XmlElement> objects = ns.get().children(EppNamespaces.DOMAIN, "hostObj");
        List<XmlElement> attributes = ns.get().children(EppNamespaces.DOMAIN, "hostAttr");
        if (hostObjects && !attributes.isEmpty()) {
            throw new EppException.UnimplementedOption("this registry takes host objects (domain:hostObj), not hostAttr");
        }
        if (!hostObjects && !objects.isEmpty()) {
            throw new EppException.UnimplementedOption("this registry has no host objects; use domain:hostAttr");
        }
        for (XmlElement object : objects) {
            String name = DomainNames.normalise(object.text());
            if (!context.state().hosts.containsKey(name)) {
                throw new EppException.ObjectDoesNotExist("host " + name);
            }
            names.add(name);
        }
        for (XmlElement attribute : attributes) {
            String name = DomainNames.normalise(attribute.requiredText(EppNamespaces.DOMAIN, "hostName"));
            if (!DomainNames.isHostName(name)) {
                throw new EppException.ParameterValueSyntax("host name " + name + " is not a valid LDH name");
            }
            names.add(name);
        }
        return names;
    }

    static void requireCount(SandboxSettings settings, List<String> names) throws EppException {
        if (names.size() > settings.maxNameservers()) {
            throw new EppException.ParameterValuePolicy(
                    "at most " + settings.maxNameservers() + " name servers, got " + names.size());
        }
        if (names.stream().distinct().count() != names.size()) {
            throw new EppException.ParameterValuePolicy("a name server is listed twice");
        }
    }

    static void write(XmlOut out, boolean hostObjects, List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        out.start(EppNamespaces.DOMAIN, "ns");
        for (String name : names) {
            if (hostObjects) {
                out.element(EppNamespaces.DOMAIN, "hostObj", name);
            } else {
                out.start(EppNamespaces.DOMAIN, "hostAttr").element(EppNamespaces.DOMAIN, "hostName", name).end();
            }
        }
        out.end();
    }
}
