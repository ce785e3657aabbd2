package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code <domain:contact type="...">} lists and the registry's rules on them. */
final class DomainContacts {
    private static final List<String> TYPES = List.of("admin", "tech", "billing");

    private DomainContacts() {
    }

    static Map<String, List<String>> parse(CommandContext context, List<XmlElement> elements) throws EppException {
        Map<String, List<String>> contacts = new LinkedHashMap<>();
        for (XmlElement element : elements) {
            String type = element.attribute("type").orElse("");
            if (!TYPES.contains(type)) {
                throw new EppException.ParameterValueSyntax("contact type must be admin, tech or billing: " + type);
            }
            String id = element.text();
            requireExists(context, id);
            contacts.computeIfAbsent(type, t -> new ArrayList<>()).add(id);
        }
        return contacts;
    }

    static void requireExists(CommandContext context, String id) throws EppException {
        if (!context.state().contacts.containsKey(id)) {
            throw new EppException.ObjectDoesNotExist("contact " + id);
        }
    }

    /** AFNIC: exactly one admin and one to three tech contacts. */
    static void requireAfnicCounts(CommandContext context, Map<String, List<String>> contacts) throws EppException {
        if (context.settings().flavour() != SandboxFlavour.AFNIC) {
            return;
        }
        int admins = contacts.getOrDefault("admin", List.of()).size();
        int techs = contacts.getOrDefault("tech", List.of()).size();
        if (admins != 1) {
            throw new EppException.ParameterValuePolicy("exactly one admin contact is required, got " + admins);
        }
        if (techs < 1 || techs > 3) {
            throw new EppException.ParameterValuePolicy("one to three tech contacts are required, got " + techs);
        }
    }

    static void write(XmlOut out, Map<String, List<String>> contacts) {
        contacts.forEach((type, ids) -> ids.forEach(id ->
                out.start(EppNamespaces.DOMAIN, "contact").attribute("type", type).text(id).end()));
    }
}
