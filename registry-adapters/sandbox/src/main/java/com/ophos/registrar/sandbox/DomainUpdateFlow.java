package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * domain:update: statuses, name servers, contacts, registrant, auth code and DS records. An update
 * carrying rgp:update is a restore, one carrying sync:update a ConsoliDate; both have their own flow.
 */
final class DomainUpdateFlow implements Flow {
    private static final Set<String> CLIENT_STATUSES = Set.of("clientHold", "clientUpdateProhibited",
            "clientDeleteProhibited", "clientRenewProhibited", "clientTransferProhibited");

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        if (context.command().extension(EppNamespaces.RGP, "update").isPresent()) {
            return new DomainRestoreFlow().run(context);
        }
        if (context.command().extension(EppNamespaces.SYNC, "update").isPresent()) {
            return new DomainSyncFlow().run(context);
        }
        XmlElement update = context.object();
        String name = DomainNames.normalise(update.requiredText(EppNamespaces.DOMAIN, "name"));
        SubProducts.require(context, List.of(name));
        DomainObject domain = context.domain(name);
        context.requireSponsor(domain);
        Optional<XmlElement> add = update.child(EppNamespaces.DOMAIN, "add");
        Optional<XmlElement> rem = update.child(EppNamespaces.DOMAIN, "rem");
        Optional<XmlElement> chg = update.child(EppNamespaces.DOMAIN, "chg");
        Set<String> addStatuses = statuses(add);
        Set<String> remStatuses = statuses(rem);
        requireUpdatable(domain, remStatuses);
        for (String status : addStatuses) {
            if (!CLIENT_STATUSES.contains(status)) {
                throw new EppException.ParameterValuePolicy("status " + status + " cannot be set by a registrar");
            }
            if (domain.statuses.contains(status)) {
                throw new EppException.ParameterValuePolicy("status " + status + " is already set");
            }
        }
        for (String status : remStatuses) {
            if (!domain.statuses.contains(status) || !CLIENT_STATUSES.contains(status)) {
                throw new EppException.ParameterValuePolicy("status " + status + " is not set by the registrar");
            }
        }
        List<String> nameservers = new ArrayList<>(domain.nameservers);
        nameservers.removeAll(Nameservers.parse(context, rem.flatMap(r -> r.child(EppNamespaces.DOMAIN, "ns"))));
        nameservers.addAll(Nameservers.parse(context, add.flatMap(a -> a.child(EppNamespaces.DOMAIN, "ns"))));
        Nameservers.requireCount(context.settings(), nameservers);
        Map<String, List<String>> contacts = contactsAfter(context, domain, add, rem);
        DomainContacts.requireAfnicCounts(context, contacts);
        Optional<String> registrant = chg.flatMap(c -> c.childText(EppNamespaces.DOMAIN, "registrant"));
        if (registrant.isPresent()) {
            if (context.settings().flavour() == SandboxFlavour.AFNIC) {
                throw new EppException.ParameterValuePolicy("the holder changes through frnic:trade, not an update");
            }
            DomainContacts.requireExists(context, registrant.get());
        }
        Optional<String> authInfo = chg.flatMap(c -> c.child(EppNamespaces.DOMAIN, "authInfo"))
                .flatMap(a -> a.childText(EppNamespaces.DOMAIN, "pw"));
        List<DsData> dsData = dsAfter(context, domain);

        domain.statuses.removeAll(remStatuses);
        domain.statuses.addAll(addStatuses);
        domain.nameservers.clear();
        domain.nameservers.addAll(nameservers);
        domain.contacts.clear();
        domain.contacts.putAll(contacts);
        registrant.ifPresent(id -> domain.registrant = id);
        authInfo.ifPresent(pw -> domain.authInfo = pw);
        domain.dsData.clear();
        domain.dsData.addAll(dsData);
        domain.updated = context.now();
        return EppResponse.ok();
    }

    /** Removing clientUpdateProhibited is the one update that status allows (RFC 5731 2.3). */
    private static void requireUpdatable(DomainObject domain, Set<String> removing) throws EppException {
        if (domain.statuses.contains("serverUpdateProhibited")) {
            throw new EppException.StatusProhibitsOperation("domain " + domain.name + " is serverUpdateProhibited");
        }
        if (domain.statuses.contains("clientUpdateProhibited") && !removing.contains("clientUpdateProhibited")) {
            throw new EppException.StatusProhibitsOperation("domain " + domain.name + " is clientUpdateProhibited");
        }
        if (domain.deleted != null) {
            throw new EppException.StatusProhibitsOperation("domain " + domain.name + " is pendingDelete");
        }
    }

    private static Set<String> statuses(Optional<XmlElement> addOrRem) {
        Set<String> result = new LinkedHashSet<>();
        addOrRem.ifPresent(e -> e.children(EppNamespaces.DOMAIN, "status")
                .forEach(s -> result.add(s.attribute("s").orElse(""))));
        return result;
    }

    private static Map<String, List<String>> contactsAfter(CommandContext context, DomainObject domain,
                                                           Optional<XmlElement> add, Optional<XmlElement> rem)
            throws EppException {
        Map<String, List<String>> contacts = new LinkedHashMap<>();
        domain.contacts.forEach((type, ids) -> contacts.put(type, new ArrayList<>(ids)));
        Map<String, List<String>> removed = DomainContacts.parse(context,
                rem.map(r -> r.children(EppNamespaces.DOMAIN, "contact")).orElse(List.of()));
        for (Map.Entry<String, List<String>> entry : removed.entrySet()) {
            List<String> current = contacts.getOrDefault(entry.getKey(), new ArrayList<>());
            for (String id : entry.getValue()) {
                if (!current.remove(id)) {
                    throw new EppException.ParameterValuePolicy(entry.getKey() + " contact " + id + " is not linked");
                }
            }
        }
        Map<String, List<String>> added = DomainContacts.parse(context,
                add.map(a -> a.children(EppNamespaces.DOMAIN, "contact")).orElse(List.of()));
        for (Map.Entry<String, List<String>> entry : added.entrySet()) {
            List<String> current = contacts.computeIfAbsent(entry.getKey(), t -> new ArrayList<>());
            for (String id : entry.getValue()) {
                if (current.contains(id)) {
                    throw new EppException.ParameterValuePolicy(entry.getKey() + " contact " + id + " is already linked");
                }
                current.add(id);
            }
        }
        contacts.values().removeIf(List::isEmpty);
        return contacts;
    }

    private static List<DsData> dsAfter(CommandContext context, DomainObject domain) throws EppException {
        Optional<XmlElement> secDns = context.command().extension(EppNamespaces.SEC_DNS, "update");
        List<DsData> records = new ArrayList<>(domain.dsData);
        if (secDns.isEmpty()) {
            return records;
        }
        Optional<XmlElement> rem = secDns.get().child(EppNamespaces.SEC_DNS, "rem");
        if (rem.isPresent()) {
            if (rem.get().childText(EppNamespaces.SEC_DNS, "all").map(v -> v.equals("true") || v.equals("1"))
                    .orElse(false)) {
                records.clear();
            } else {
                records.removeAll(DsRecords.parse(rem.get().children(EppNamespaces.SEC_DNS, "dsData")));
            }
        }
        Optional<XmlElement> add = secDns.get().child(EppNamespaces.SEC_DNS, "add");
        if (add.isPresent()) {
            for (DsData ds : DsRecords.parse(add.get().children(EppNamespaces.SEC_DNS, "dsData"))) {
                if (!records.contains(ds)) {
                    records.add(ds);
                }
            }
        }
        return records;
    }
}
