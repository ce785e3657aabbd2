package com.ophos.registrar.epp.codec;

import static com.ophos.registrar.epp.model.EppNamespaces.CONTACT;
import static com.ophos.registrar.epp.model.EppNamespaces.DOMAIN;
import static com.ophos.registrar.epp.model.EppNamespaces.EPP;
import static com.ophos.registrar.epp.model.EppNamespaces.FRNIC;
import static com.ophos.registrar.epp.model.EppNamespaces.HOST;
import static com.ophos.registrar.epp.model.EppNamespaces.NAMESTORE;
import static com.ophos.registrar.epp.model.EppNamespaces.RGP;
import static com.ophos.registrar.epp.model.EppNamespaces.SEC_DNS;
import static com.ophos.registrar.epp.model.EppNamespaces.SYNC;

import com.ophos.registrar.epp.model.Command;
import com.ophos.registrar.epp.model.CommandExtension;
import com.ophos.registrar.epp.model.ContactCommand;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.FeeExtension;
import com.ophos.registrar.epp.model.FrnicCommand;
import com.ophos.registrar.epp.model.FrnicExtension;
import com.ophos.registrar.epp.model.HostAddress;
import com.ophos.registrar.epp.model.HostCommand;
import com.ophos.registrar.epp.model.NamestoreExtension;
import com.ophos.registrar.epp.model.Period;
import com.ophos.registrar.epp.model.PollCommand;
import com.ophos.registrar.epp.model.RgpExtension;
import com.ophos.registrar.epp.model.SecDnsExtension;
import com.ophos.registrar.epp.model.SessionCommand;
import com.ophos.registrar.epp.model.SyncExtension;
import com.ophos.registrar.registry.spi.DsData;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes commands as EPP XML with StAX; the writer escapes every value. Prefixes follow the usual
 * practice (domain:, contact:, host:, secDNS:, ...). The fee extension is written in the namespace the
 * session negotiated.
 */
public final class EppWriter {
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_INSTANT;

    private EppWriter() {
    }

    /** A hello frame (keepalive; the server answers with its greeting). */
    public static byte[] hello() {
        return document(x -> x.empty("", "hello", EPP));
    }

    /**
     * @param feeNamespace the fee namespace negotiated with the server; RFC 8748's when empty
     */
    public static byte[] write(EppCommand command, Optional<String> feeNamespace) {
        String fee = feeNamespace.orElse(EppNamespaces.FEE);
        return document(x -> {
            if (command.command() instanceof FrnicCommand frnic) {
                // AFNIC protocol-level extension command: no <command>, clTRID inside frnic:command.
                x.start("", "extension", EPP);
                x.start("frnic", "ext", FRNIC);
                x.namespace("frnic", FRNIC);
                x.start("frnic", "command", FRNIC);
                writeFrnicCommand(x, frnic);
                x.text("frnic", "clTRID", FRNIC, command.clTRID());
                x.end();
                x.end();
                x.end();
                return;
            }
            x.start("", "command", EPP);
            writeCommand(x, command.command());
            if (!command.extensions().isEmpty()) {
                x.start("", "extension", EPP);
                for (CommandExtension extension : command.extensions()) {
                    writeExtension(x, extension, fee);
                }
                x.end();
            }
            x.text("", "clTRID", EPP, command.clTRID());
            x.end();
        });
    }

    /**
     * Written as characters and encoded once: given an OutputStream, the JDK's writer encodes and writes
     * byte by byte, which was a fifth of the EPP client's CPU per command (JFR, bench/epp-load).
     */
    private static byte[] document(XmlBody body) {
        StringWriter out = new StringWriter(1024);
        try {
            XMLStreamWriter w = XmlFactories.OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(EPP);
            w.writeStartElement(EPP, "epp");
            w.writeDefaultNamespace(EPP);
            body.write(new Xml(w));
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("EPP frame could not be written", e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void writeCommand(Xml x, Command command) throws XMLStreamException {
        if (command instanceof DomainCommand domain) {
            writeDomain(x, domain);
        } else if (command instanceof ContactCommand contact) {
            writeContact(x, contact);
        } else if (command instanceof HostCommand host) {
            writeHost(x, host);
        } else if (command instanceof PollCommand poll) {
            writePoll(x, poll);
        } else if (command instanceof SessionCommand session) {
            writeSession(x, session);
        } else if (command instanceof FrnicCommand frnic) {
            throw new IllegalStateException("frnic commands are written apart");
        } else {
            throw new IllegalArgumentException("no writer for " + command.getClass().getSimpleName());
        }
    }

    // ---- session and poll -------------------------------------------------------------------------

    private static void writeSession(Xml x, SessionCommand command) throws XMLStreamException {
        if (command instanceof SessionCommand.Login login) {
            x.start("", "login", EPP);
            x.text("", "clID", EPP, login.clientId());
            x.text("", "pw", EPP, login.password());
            if (login.newPassword().isPresent()) {
                x.text("", "newPW", EPP, login.newPassword().get());
            }
            x.start("", "options", EPP);
            x.text("", "version", EPP, login.version());
            x.text("", "lang", EPP, login.lang());
            x.end();
            x.start("", "svcs", EPP);
            for (String uri : login.objectUris()) {
                x.text("", "objURI", EPP, uri);
            }
            if (!login.extensionUris().isEmpty()) {
                x.start("", "svcExtension", EPP);
                for (String uri : login.extensionUris()) {
                    x.text("", "extURI", EPP, uri);
                }
                x.end();
            }
            x.end();
            x.end();
        } else if (command instanceof SessionCommand.Logout logout) {
            x.empty("", "logout", EPP);
        } else {
            throw new IllegalArgumentException("no writer for " + command.getClass().getSimpleName());
        }
    }

    private static void writePoll(Xml x, PollCommand command) throws XMLStreamException {
        x.startEmpty("", "poll", EPP);
        if (command instanceof PollCommand.Request request) {
            x.attribute("op", "req");
        } else if (command instanceof PollCommand.Ack ack) {
            x.attribute("op", "ack");
            x.attribute("msgID", ack.messageId());
        } else {
            throw new IllegalArgumentException("no writer for " + command.getClass().getSimpleName());
        }
    }

    // ---- domain ----------------------------------------------------------------------------------

    private static void writeDomain(Xml x, DomainCommand command) throws XMLStreamException {
        if (command instanceof DomainCommand.Check check) {
            verb(x, "check", "domain", DOMAIN, "check");
            for (String name : check.names()) {
                x.text("domain", "name", DOMAIN, name);
            }
            x.end();
            x.end();
        } else if (command instanceof DomainCommand.Info info) {
            verb(x, "info", "domain", DOMAIN, "info");
            x.start("domain", "name", DOMAIN);
            x.attribute("hosts", info.hosts());
            x.characters(info.domain());
            x.end();
            if (info.authInfo().isPresent()) {
                authInfo(x, "domain", DOMAIN, info.authInfo().get());
            }
            x.end();
            x.end();
        } else if (command instanceof DomainCommand.Create create) {
            verb(x, "create", "domain", DOMAIN, "create");
            x.text("domain", "name", DOMAIN, create.domain());
            period(x, create.period());
            nameServers(x, create.nameServers());
            if (create.registrant().isPresent()) {
                x.text("domain", "registrant", DOMAIN, create.registrant().get());
            }
            contacts(x, create.contacts());
            authInfo(x, "domain", DOMAIN, create.authInfo());
            x.end();
            x.end();
        } else if (command instanceof DomainCommand.Renew renew) {
            verb(x, "renew", "domain", DOMAIN, "renew");
            x.text("domain", "name", DOMAIN, renew.domain());
            x.text("domain", "curExpDate", DOMAIN, renew.currentExpiry().toString());
            period(x, renew.period());
            x.end();
            x.end();
        } else if (command instanceof DomainCommand.Update update) {
            writeDomainUpdate(x, update);
        } else if (command instanceof DomainCommand.Delete delete) {
            verb(x, "delete", "domain", DOMAIN, "delete");
            x.text("domain", "name", DOMAIN, delete.domain());
            x.end();
            x.end();
        } else if (command instanceof DomainCommand.Transfer transfer) {
            x.start("", "transfer", EPP);
            x.attribute("op", transfer.op().code());
            x.start("domain", "transfer", DOMAIN);
            x.namespace("domain", DOMAIN);
            x.text("domain", "name", DOMAIN, transfer.domain());
            period(x, transfer.period());
            if (transfer.authInfo().isPresent()) {
                authInfo(x, "domain", DOMAIN, transfer.authInfo().get());
            }
            x.end();
            x.end();
        } else {
            throw new IllegalArgumentException("no writer for " + command.getClass().getSimpleName());
        }
    }

    private static void writeDomainUpdate(Xml x, DomainCommand.Update update) throws XMLStreamException {
        verb(x, "update", "domain", DOMAIN, "update");
        x.text("domain", "name", DOMAIN, update.domain());
        domainChanges(x, "add", update.add());
        domainChanges(x, "rem", update.remove());
        boolean changes = update.newRegistrant().isPresent() || update.newAuthInfo().isPresent();
        boolean onlyExtensions = update.add().isEmpty() && update.remove().isEmpty() && !changes;
        if (changes) {
            x.start("domain", "chg", DOMAIN);
            if (update.newRegistrant().isPresent()) {
                x.text("domain", "registrant", DOMAIN, update.newRegistrant().get());
            }
            if (update.newAuthInfo().isPresent()) {
                authInfo(x, "domain", DOMAIN, update.newAuthInfo().get());
            }
            x.end();
        } else if (onlyExtensions) {
            // RFC 3915 and the sync extension: an update carrying only extensions has an empty chg.
            x.empty("domain", "chg", DOMAIN);
        }
        x.end();
        x.end();
    }

    private static void domainChanges(Xml x, String element, DomainCommand.Changes changes)
            throws XMLStreamException {
        if (changes.isEmpty()) {
            return;
        }
        x.start("domain", element, DOMAIN);
        nameServers(x, changes.nameServers());
        contacts(x, changes.contacts());
        for (DomainCommand.Status status : changes.statuses()) {
            if (status.reason().isPresent()) {
                x.start("domain", "status", DOMAIN);
                x.attribute("s", status.value());
                x.characters(status.reason().get());
                x.end();
            } else {
                x.startEmpty("domain", "status", DOMAIN);
                x.attribute("s", status.value());
            }
        }
        x.end();
    }

    private static void nameServers(Xml x, DomainCommand.NameServers ns) throws XMLStreamException {
        if (ns.isEmpty()) {
            return;
        }
        x.start("domain", "ns", DOMAIN);
        for (String host : ns.hostObjects()) {
            x.text("domain", "hostObj", DOMAIN, host);
        }
        for (DomainCommand.HostAttr attr : ns.hostAttributes()) {
            x.start("domain", "hostAttr", DOMAIN);
            x.text("domain", "hostName", DOMAIN, attr.name());
            for (HostAddress address : attr.addresses()) {
                address(x, "domain", DOMAIN, "hostAddr", address);
            }
            x.end();
        }
        x.end();
    }

    private static void contacts(Xml x, List<DomainCommand.ContactRef> contacts) throws XMLStreamException {
        for (DomainCommand.ContactRef contact : contacts) {
            x.start("domain", "contact", DOMAIN);
            x.attribute("type", contact.type());
            x.characters(contact.id());
            x.end();
        }
    }

    private static void period(Xml x, Optional<Period> period) throws XMLStreamException {
        if (period.isPresent()) {
            periodElement(x, "domain", DOMAIN, period.get());
        }
    }

    private static void periodElement(Xml x, String prefix, String ns, Period period) throws XMLStreamException {
        x.start(prefix, "period", ns);
        x.attribute("unit", period.unit().code());
        x.characters(Integer.toString(period.value()));
        x.end();
    }

    // ---- contact ---------------------------------------------------------------------------------

    private static void writeContact(Xml x, ContactCommand command) throws XMLStreamException {
        if (command instanceof ContactCommand.Check check) {
            verb(x, "check", "contact", CONTACT, "check");
            for (String id : check.ids()) {
                x.text("contact", "id", CONTACT, id);
            }
            x.end();
            x.end();
        } else if (command instanceof ContactCommand.Info info) {
            verb(x, "info", "contact", CONTACT, "info");
            x.text("contact", "id", CONTACT, info.id());
            if (info.authInfo().isPresent()) {
                authInfo(x, "contact", CONTACT, info.authInfo().get());
            }
            x.end();
            x.end();
        } else if (command instanceof ContactCommand.Create create) {
            verb(x, "create", "contact", CONTACT, "create");
            x.text("contact", "id", CONTACT, create.id());
            for (ContactCommand.PostalInfo info : create.postalInfos()) {
                postalInfo(x, info);
            }
            optionalText(x, "contact", "voice", CONTACT, create.voice());
            optionalText(x, "contact", "fax", CONTACT, create.fax());
            x.text("contact", "email", CONTACT, create.email());
            authInfo(x, "contact", CONTACT, create.authInfo());
            x.end();
            x.end();
        } else if (command instanceof ContactCommand.Update update) {
            verb(x, "update", "contact", CONTACT, "update");
            x.text("contact", "id", CONTACT, update.id());
            contactStatuses(x, "add", update.addStatuses());
            contactStatuses(x, "rem", update.removeStatuses());
            if (update.hasChanges()) {
                x.start("contact", "chg", CONTACT);
                for (ContactCommand.PostalInfo info : update.postalInfos()) {
                    postalInfo(x, info);
                }
                optionalText(x, "contact", "voice", CONTACT, update.voice());
                optionalText(x, "contact", "fax", CONTACT, update.fax());
                optionalText(x, "contact", "email", CONTACT, update.email());
                if (update.newAuthInfo().isPresent()) {
                    authInfo(x, "contact", CONTACT, update.newAuthInfo().get());
                }
                x.end();
            }
            x.end();
            x.end();
        } else if (command instanceof ContactCommand.Delete delete) {
            verb(x, "delete", "contact", CONTACT, "delete");
            x.text("contact", "id", CONTACT, delete.id());
            x.end();
            x.end();
        } else {
            throw new IllegalArgumentException("no writer for " + command.getClass().getSimpleName());
        }
    }

    private static void contactStatuses(Xml x, String element, List<String> statuses) throws XMLStreamException {
        if (statuses.isEmpty()) {
            return;
        }
        x.start("contact", element, CONTACT);
        for (String status : statuses) {
            x.startEmpty("contact", "status", CONTACT);
            x.attribute("s", status);
        }
        x.end();
    }

    private static void postalInfo(Xml x, ContactCommand.PostalInfo info) throws XMLStreamException {
        x.start("contact", "postalInfo", CONTACT);
        x.attribute("type", info.type());
        x.text("contact", "name", CONTACT, info.name());
        optionalText(x, "contact", "org", CONTACT, info.organization());
        x.start("contact", "addr", CONTACT);
        for (String street : info.street()) {
            x.text("contact", "street", CONTACT, street);
        }
        x.text("contact", "city", CONTACT, info.city());
        optionalText(x, "contact", "sp", CONTACT, info.province());
        optionalText(x, "contact", "pc", CONTACT, info.postalCode());
        x.text("contact", "cc", CONTACT, info.countryCode());
        x.end();
        x.end();
    }

    // ---- host ------------------------------------------------------------------------------------

    private static void writeHost(Xml x, HostCommand command) throws XMLStreamException {
        if (command instanceof HostCommand.Check check) {
            verb(x, "check", "host", HOST, "check");
            for (String name : check.names()) {
                x.text("host", "name", HOST, name);
            }
            x.end();
            x.end();
        } else if (command instanceof HostCommand.Info info) {
            verb(x, "info", "host", HOST, "info");
            x.text("host", "name", HOST, info.host());
            x.end();
            x.end();
        } else if (command instanceof HostCommand.Create create) {
            verb(x, "create", "host", HOST, "create");
            x.text("host", "name", HOST, create.host());
            for (HostAddress address : create.addresses()) {
                address(x, "host", HOST, "addr", address);
            }
            x.end();
            x.end();
        } else if (command instanceof HostCommand.Update update) {
            verb(x, "update", "host", HOST, "update");
            x.text("host", "name", HOST, update.host());
            hostChanges(x, "add", update.addAddresses(), update.addStatuses());
            hostChanges(x, "rem", update.removeAddresses(), update.removeStatuses());
            if (update.newName().isPresent()) {
                x.start("host", "chg", HOST);
                x.text("host", "name", HOST, update.newName().get());
                x.end();
            }
            x.end();
            x.end();
        } else if (command instanceof HostCommand.Delete delete) {
            verb(x, "delete", "host", HOST, "delete");
            x.text("host", "name", HOST, delete.host());
            x.end();
            x.end();
        } else {
            throw new IllegalArgumentException("no writer for " + command.getClass().getSimpleName());
        }
    }

    private static void hostChanges(Xml x, String element, List<HostAddress> addresses, List<String> statuses)
            throws XMLStreamException {
        if (addresses.isEmpty() && statuses.isEmpty()) {
            return;
        }
        x.start("host", element, HOST);
        for (HostAddress address : addresses) {
            address(x, "host", HOST, "addr", address);
        }
        for (String status : statuses) {
            x.startEmpty("host", "status", HOST);
            x.attribute("s", status);
        }
        x.end();
    }

    private static void address(Xml x, String prefix, String ns, String element, HostAddress address)
            throws XMLStreamException {
        x.start(prefix, element, ns);
        x.attribute("ip", address.v6() ? "v6" : "v4");
        x.characters(address.address());
        x.end();
    }

    // ---- AFNIC protocol-level commands ------------------------------------------------------------

    private static void writeFrnicCommand(Xml x, FrnicCommand command) throws XMLStreamException {
        if (command instanceof FrnicCommand.Trade trade) {
            x.start("frnic", "trade", FRNIC);
            x.attribute("op", trade.op().code());
            x.start("frnic", "domain", FRNIC);
            x.text("frnic", "name", FRNIC, trade.domain());
            optionalText(x, "frnic", "registrant", FRNIC, trade.newHolder());
            if (trade.authInfo().isPresent()) {
                x.start("frnic", "authInfo", FRNIC);
                x.start("domain", "pw", DOMAIN);
                x.namespace("domain", DOMAIN);
                x.characters(trade.authInfo().get());
                x.end();
                x.end();
            }
            x.end();
            x.end();
        } else if (command instanceof FrnicCommand.Recover recover) {
            x.start("frnic", "recover", FRNIC);
            x.attribute("op", "request");
            x.start("frnic", "domain", FRNIC);
            x.text("frnic", "name", FRNIC, recover.domain());
            x.text("frnic", "registrant", FRNIC, recover.newHolder());
            x.start("frnic", "authInfo", FRNIC);
            x.start("domain", "pw", DOMAIN);
            x.namespace("domain", DOMAIN);
            x.characters(recover.authorisation());
            x.end();
            x.end();
            x.end();
            x.end();
        } else {
            throw new IllegalArgumentException("no writer for " + command.getClass().getSimpleName());
        }
    }

    // ---- extensions ------------------------------------------------------------------------------

    private static void writeExtension(Xml x, CommandExtension extension, String feeNs) throws XMLStreamException {
        if (extension instanceof SecDnsExtension secDns) {
            writeSecDns(x, secDns);
        } else if (extension instanceof RgpExtension rgp) {
            writeRgp(x, rgp);
        } else if (extension instanceof FeeExtension fee) {
            writeFee(x, fee, feeNs);
        } else if (extension instanceof NamestoreExtension namestore) {
            x.start("namestoreExt", "namestoreExt", NAMESTORE);
            x.namespace("namestoreExt", NAMESTORE);
            x.text("namestoreExt", "subProduct", NAMESTORE, namestore.subProduct());
            x.end();
        } else if (extension instanceof SyncExtension sync) {
            x.start("sync", "update", SYNC);
            x.namespace("sync", SYNC);
            x.text("sync", "expMonthDay", SYNC, sync.expiryMonthDay().toString());
            x.end();
        } else if (extension instanceof FrnicExtension frnic) {
            writeFrnic(x, frnic);
        } else {
            throw new IllegalArgumentException("no writer for " + extension.getClass().getSimpleName());
        }
    }

    private static void writeSecDns(Xml x, SecDnsExtension extension) throws XMLStreamException {
        if (extension instanceof SecDnsExtension.Create create) {
            x.start("secDNS", "create", SEC_DNS);
            x.namespace("secDNS", SEC_DNS);
            for (DsData ds : create.dsData()) {
                dsData(x, ds);
            }
            x.end();
        } else if (extension instanceof SecDnsExtension.Update update) {
            x.start("secDNS", "update", SEC_DNS);
            x.namespace("secDNS", SEC_DNS);
            if (update.removeAll()) {
                x.start("secDNS", "rem", SEC_DNS);
                x.text("secDNS", "all", SEC_DNS, "true");
                x.end();
            } else if (!update.remove().isEmpty()) {
                x.start("secDNS", "rem", SEC_DNS);
                for (DsData ds : update.remove()) {
                    dsData(x, ds);
                }
                x.end();
            }
            if (!update.add().isEmpty()) {
                x.start("secDNS", "add", SEC_DNS);
                for (DsData ds : update.add()) {
                    dsData(x, ds);
                }
                x.end();
            }
            x.end();
        } else {
            throw new IllegalArgumentException("no writer for " + extension.getClass().getSimpleName());
        }
    }

    private static void dsData(Xml x, DsData ds) throws XMLStreamException {
        x.start("secDNS", "dsData", SEC_DNS);
        x.text("secDNS", "keyTag", SEC_DNS, Integer.toString(ds.keyTag()));
        x.text("secDNS", "alg", SEC_DNS, Integer.toString(ds.algorithm()));
        x.text("secDNS", "digestType", SEC_DNS, Integer.toString(ds.digestType()));
        // Normalised so that a digest pasted with spaces or lower case still matches the registry's copy.
        String digest = ds.digest().replaceAll("\\s", "").toUpperCase();
        HexFormat.of().parseHex(digest);
        x.text("secDNS", "digest", SEC_DNS, digest);
        x.end();
    }

    private static void writeRgp(Xml x, RgpExtension extension) throws XMLStreamException {
        x.start("rgp", "update", RGP);
        x.namespace("rgp", RGP);
        if (extension instanceof RgpExtension.RestoreRequest request) {
            x.startEmpty("rgp", "restore", RGP);
            x.attribute("op", "request");
        } else if (extension instanceof RgpExtension.RestoreReport report) {
            x.start("rgp", "restore", RGP);
            x.attribute("op", "report");
            x.start("rgp", "report", RGP);
            x.text("rgp", "preData", RGP, report.preData());
            x.text("rgp", "postData", RGP, report.postData());
            x.text("rgp", "delTime", RGP, INSTANT.format(report.deletedAt()));
            x.text("rgp", "resTime", RGP, INSTANT.format(report.restoredAt()));
            x.text("rgp", "resReason", RGP, report.reason());
            for (String statement : report.statements()) {
                x.text("rgp", "statement", RGP, statement);
            }
            optionalText(x, "rgp", "other", RGP, report.other());
            x.end();
            x.end();
        } else {
            throw new IllegalArgumentException("no writer for " + extension.getClass().getSimpleName());
        }
        x.end();
    }

    private static void writeFee(Xml x, FeeExtension extension, String ns) throws XMLStreamException {
        if (extension instanceof FeeExtension.Check check) {
            x.start("fee", "check", ns);
            x.namespace("fee", ns);
            optionalText(x, "fee", "currency", ns, check.currency());
            for (FeeExtension.CommandQuery query : check.commands()) {
                if (query.period().isPresent()) {
                    x.start("fee", "command", ns);
                } else {
                    x.startEmpty("fee", "command", ns);
                }
                x.attribute("name", query.command());
                if (query.phase().isPresent()) {
                    x.attribute("phase", query.phase().get());
                }
                if (query.subphase().isPresent()) {
                    x.attribute("subphase", query.subphase().get());
                }
                if (query.period().isPresent()) {
                    periodElement(x, "fee", ns, query.period().get());
                    x.end();
                }
            }
            x.end();
        } else if (extension instanceof FeeExtension.Transform transform) {
            x.start("fee", transform.kind().element(), ns);
            x.namespace("fee", ns);
            optionalText(x, "fee", "currency", ns, transform.currency());
            for (FeeExtension.Amount amount : transform.fees()) {
                x.start("fee", "fee", ns);
                if (amount.description().isPresent()) {
                    x.attribute("description", amount.description().get());
                }
                x.characters(amount.value().toPlainString());
                x.end();
            }
            x.end();
        } else {
            throw new IllegalArgumentException("no writer for " + extension.getClass().getSimpleName());
        }
    }

    private static void writeFrnic(Xml x, FrnicExtension extension) throws XMLStreamException {
        x.start("frnic", "ext", FRNIC);
        x.namespace("frnic", FRNIC);
        if (extension instanceof FrnicExtension.ContactCreate create) {
            x.start("frnic", "create", FRNIC);
            x.start("frnic", "contact", FRNIC);
            legalEntityInfos(x, create.legalEntity());
            x.end();
            x.end();
        } else if (extension instanceof FrnicExtension.ContactUpdate update) {
            x.start("frnic", "update", FRNIC);
            x.start("frnic", "contact", FRNIC);
            legalEntityInfos(x, update.legalEntity());
            x.end();
            x.end();
        }
        x.end();
    }

    private static void legalEntityInfos(Xml x, FrnicExtension.LegalEntityInfos infos) throws XMLStreamException {
        x.start("frnic", "legalEntityInfos", FRNIC);
        if (infos.otherStatusText().isPresent()) {
            x.start("frnic", "legalStatus", FRNIC);
            x.attribute("s", infos.legalStatus().code());
            x.characters(infos.otherStatusText().get());
            x.end();
        } else {
            x.startEmpty("frnic", "legalStatus", FRNIC);
            x.attribute("s", infos.legalStatus().code());
        }
        optionalText(x, "frnic", "siren", FRNIC, infos.siren());
        optionalText(x, "frnic", "VAT", FRNIC, infos.vat());
        optionalText(x, "frnic", "trademark", FRNIC, infos.trademark());
        if (infos.association().isPresent()) {
            FrnicExtension.Association asso = infos.association().get();
            x.start("frnic", "asso", FRNIC);
            if (asso.waldec().isPresent()) {
                x.text("frnic", "waldec", FRNIC, asso.waldec().get());
            } else {
                optionalText(x, "frnic", "decl", FRNIC, asso.declarationDate());
                if (asso.publicationDate().isPresent()) {
                    x.start("frnic", "publ", FRNIC);
                    if (asso.announce().isPresent()) {
                        x.attribute("announce", asso.announce().get());
                    }
                    if (asso.page().isPresent()) {
                        x.attribute("page", asso.page().get());
                    }
                    x.characters(asso.publicationDate().get());
                    x.end();
                }
            }
            x.end();
        }
        optionalText(x, "frnic", "DUNS", FRNIC, infos.duns());
        optionalText(x, "frnic", "local", FRNIC, infos.local());
        x.end();
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** {@code <check><domain:check xmlns:domain=...>}: opens two elements. */
    private static void verb(Xml x, String verb, String prefix, String ns, String element) throws XMLStreamException {
        x.start("", verb, EPP);
        x.start(prefix, element, ns);
        x.namespace(prefix, ns);
    }

    private static void authInfo(Xml x, String prefix, String ns, String password) throws XMLStreamException {
        x.start(prefix, "authInfo", ns);
        x.text(prefix, "pw", ns, password);
        x.end();
    }

    private static void optionalText(Xml x, String prefix, String element, String ns, Optional<String> value)
            throws XMLStreamException {
        if (value.isPresent()) {
            x.text(prefix, element, ns, value.get());
        }
    }

    @FunctionalInterface
    private interface XmlBody {
        void write(Xml x) throws XMLStreamException;
    }

    /** Thin wrapper that keeps the element code above readable. */
    private static final class Xml {
        private final XMLStreamWriter w;

        Xml(XMLStreamWriter w) {
            this.w = w;
        }

        void start(String prefix, String local, String ns) throws XMLStreamException {
            w.writeStartElement(prefix, local, ns);
        }

        void startEmpty(String prefix, String local, String ns) throws XMLStreamException {
            w.writeEmptyElement(prefix, local, ns);
        }

        void empty(String prefix, String local, String ns) throws XMLStreamException {
            w.writeEmptyElement(prefix, local, ns);
        }

        void namespace(String prefix, String ns) throws XMLStreamException {
            w.writeNamespace(prefix, ns);
        }

        void attribute(String name, String value) throws XMLStreamException {
            w.writeAttribute(name, value);
        }

        void characters(String text) throws XMLStreamException {
            w.writeCharacters(text);
        }

        void text(String prefix, String local, String ns, String text) throws XMLStreamException {
            w.writeStartElement(prefix, local, ns);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        void end() throws XMLStreamException {
            w.writeEndElement();
        }
    }
}
