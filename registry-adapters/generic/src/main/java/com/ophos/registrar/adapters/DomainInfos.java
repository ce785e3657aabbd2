package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.DomainResData;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.ObjectStatus;
import com.ophos.registrar.epp.model.RgpResData;
import com.ophos.registrar.registry.spi.DomainContacts;
import com.ophos.registrar.registry.spi.DomainInfo;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A domain:info answer as the SPI's {@link DomainInfo}. */
final class DomainInfos {

    private DomainInfos() {
    }

    static DomainInfo of(EppResponse response, String ourClientId) {
        DomainResData.InfoData info = response.data(DomainResData.InfoData.class).orElseThrow(() ->
                new IllegalStateException("domain:info answered without domain:infData"));
        Optional<DomainContacts> contacts = info.registrant().map(holder -> new DomainContacts(holder,
                contactsOfType(info, "admin").stream().findFirst().orElse(null), contactsOfType(info, "tech")));
        DomainCommand.NameServers ns = info.nameServers();
        List<String> nameservers = ns.hostObjects().isEmpty()
                ? ns.hostAttributes().stream().map(DomainCommand.HostAttr::name).toList()
                : ns.hostObjects();
        return new DomainInfo(info.name(), info.roid(),
                info.statuses().stream().map(ObjectStatus::value).collect(Collectors.toSet()), info.sponsor(),
                info.sponsor().equalsIgnoreCase(ourClientId), contacts, nameservers, SecDnsInfo.read(response.xml()),
                // A registry withholds crDate only from a non-sponsor without the auth code.
                info.createdAt().orElse(Instant.EPOCH), info.expiresAt(), info.updatedAt(),
                response.extension(RgpResData.class).flatMap(rgp -> rgp.statuses().stream().findFirst()));
    }

    private static List<String> contactsOfType(DomainResData.InfoData info, String type) {
        return info.contacts().stream().filter(c -> c.type().equals(type)).map(DomainCommand.ContactRef::id).toList();
    }
}
