package com.ophos.registrar.epp.codec;

import static com.ophos.registrar.epp.model.EppNamespaces.CONTACT;
import static com.ophos.registrar.epp.model.EppNamespaces.DOMAIN;
import static com.ophos.registrar.epp.model.EppNamespaces.EPP;
import static com.ophos.registrar.epp.model.EppNamespaces.FRNIC;
import static com.ophos.registrar.epp.model.EppNamespaces.HOST;
import static com.ophos.registrar.epp.model.EppNamespaces.RGP;

import com.ophos.registrar.epp.EppProtocolException;
import com.ophos.registrar.epp.model.CheckItem;
import com.ophos.registrar.epp.model.ContactCommand;
import com.ophos.registrar.epp.model.ContactResData;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.DomainResData;
import com.ophos.registrar.epp.model.EppInbound;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.FeeResData;
import com.ophos.registrar.epp.model.FrnicExtension;
import com.ophos.registrar.epp.model.FrnicResData;
import com.ophos.registrar.epp.model.Greeting;
import com.ophos.registrar.epp.model.HostAddress;
import com.ophos.registrar.epp.model.HostResData;
import com.ophos.registrar.epp.model.MessageQueue;
import com.ophos.registrar.epp.model.ObjectStatus;
import com.ophos.registrar.epp.model.Period;
import com.ophos.registrar.epp.model.ResponseData;
import com.ophos.registrar.epp.model.ResponseExtension;
import com.ophos.registrar.epp.model.Result;
import com.ophos.registrar.epp.model.RgpResData;
import com.ophos.registrar.epp.model.UnknownExtension;
import com.ophos.registrar.epp.model.UnknownResData;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads greetings and responses with a hardened StAX parser. Anything that is not a well-formed EPP
 * greeting or response, or that carries a DOCTYPE or an entity reference, fails with an
 * {@link EppProtocolException}; the reader never returns a half-read frame.
 */
public final class EppReader {
    private static final int MAX_DEPTH = 40;
    private static final int MAX_ELEMENTS = 50_000;

    private EppReader() {
    }

    public static EppInbound read(byte[] frame) {
        XmlElement epp = parseTree(frame);
        try {
            if (!epp.is(EPP, "epp")) {
                throw new XmlElement.MalformedFrame("root element is not epp:epp but " + epp.localName());
            }
            if (epp.children().size() != 1) {
                throw new XmlElement.MalformedFrame("<epp> must hold exactly one element");
            }
            XmlElement body = epp.children().get(0);
            if (body.is(EPP, "greeting")) {
                return greeting(body);
            }
            if (body.is(EPP, "response")) {
                return response(body, new String(frame, StandardCharsets.UTF_8));
            }
            throw new XmlElement.MalformedFrame("expected greeting or response, got " + body.localName());
        } catch (XmlElement.MalformedFrame | IllegalArgumentException | DateTimeParseException e) {
            throw new EppProtocolException("unexpected EPP frame: " + e.getMessage(), e);
        }
    }

    // ---- XML to tree -----------------------------------------------------------------------------

    static XmlElement parseTree(byte[] frame) {
        XMLStreamReader r = null;
        try {
            r = XmlFactories.input().createXMLStreamReader(new ByteArrayInputStream(frame));
            Deque<Builder> stack = new ArrayDeque<>();
            XmlElement root = null;
            int elements = 0;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD ->
                            throw new EppProtocolException("DOCTYPE refused in an EPP frame");
                    case XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new EppProtocolException("entity reference refused in an EPP frame");
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++elements > MAX_ELEMENTS || stack.size() >= MAX_DEPTH) {
                            throw new EppProtocolException("EPP frame too deep or too large");
                        }
                        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                        stack.push(new Builder(ns, r.getLocalName(), attributes(r)));
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) {
                            stack.peek().addText(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        XmlElement done = stack.pop().build();
                        if (stack.isEmpty()) {
                            root = done;
                        } else {
                            stack.peek().addChild(done);
                        }
                    }
                    default -> {
                        // comments, processing instructions, document start/end: nothing to keep
                    }
                }
            }
            if (root == null) {
                throw new EppProtocolException("empty EPP frame");
            }
            return root;
        } catch (XMLStreamException e) {
            throw new EppProtocolException("malformed EPP frame: " + firstLine(e.getMessage()), e);
        } catch (RuntimeException e) {
            if (e instanceof EppProtocolException protocol) {
                throw protocol;
            }
            // The JDK parser reports some limit and entity violations as runtime exceptions.
            throw new EppProtocolException("malformed EPP frame: " + e.getClass().getSimpleName(), e);
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader over a byte array cannot lose data
                }
            }
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }

    /** Most elements of a frame carry no attribute: those share the empty map. */
    private static Map<String, String> attributes(XMLStreamReader r) {
        int count = r.getAttributeCount();
        if (count == 0) {
            return Map.of();
        }
        Map<String, String> attributes = new HashMap<>();
        for (int i = 0; i < count; i++) {
            attributes.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
        }
        return Map.copyOf(attributes);
    }

    /**
     * An element being read. Leaves have no children and most have one piece of text, so a child list is
     * made with the first child and a text buffer only when a second piece of text arrives.
     */
    private static final class Builder {
        final String namespace;
        final String localName;
        final Map<String, String> attributes;
        List<XmlElement> children = List.of();
        String text = "";
        StringBuilder longerText;

        Builder(String namespace, String localName, Map<String, String> attributes) {
            this.namespace = namespace;
            this.localName = localName;
            this.attributes = attributes;
        }

        void addChild(XmlElement child) {
            if (children.isEmpty()) {
                children = new ArrayList<>();
            }
            children.add(child);
        }

        void addText(String piece) {
            if (longerText != null) {
                longerText.append(piece);
            } else if (text.isEmpty()) {
                text = piece;
            } else {
                longerText = new StringBuilder(text).append(piece);
            }
        }

        XmlElement build() {
            return new XmlElement(namespace, localName, attributes, List.copyOf(children),
                    longerText == null ? text : longerText.toString());
        }
    }

    // ---- greeting --------------------------------------------------------------------------------

    private static Greeting greeting(XmlElement g) {
        String svId = g.requireText(EPP, "svID");
        Instant svDate = instant(g.requireText(EPP, "svDate"));
        XmlElement menu = g.require(EPP, "svcMenu");
        List<String> versions = texts(menu, EPP, "version");
        List<String> langs = texts(menu, EPP, "lang");
        List<String> objects = texts(menu, EPP, "objURI");
        List<String> extensions = menu.child(EPP, "svcExtension")
                .map(e -> texts(e, EPP, "extURI")).orElse(List.of());
        Optional<Greeting.Dcp> dcp = g.child(EPP, "dcp").map(EppReader::dcp);
        return new Greeting(svId, svDate, versions, langs, objects, extensions, dcp);
    }

    private static Greeting.Dcp dcp(XmlElement d) {
        String access = d.require(EPP, "access").children().stream().findFirst()
                .map(XmlElement::localName).orElse("");
        List<Greeting.DcpStatement> statements = new ArrayList<>();
        for (XmlElement s : d.all(EPP, "statement")) {
            statements.add(new Greeting.DcpStatement(
                    names(s.child(EPP, "purpose")), names(s.child(EPP, "recipient")),
                    s.child(EPP, "retention").flatMap(r -> r.children().stream().findFirst())
                            .map(XmlElement::localName).orElse("")));
        }
        Optional<String> expiry = d.child(EPP, "expiry").flatMap(e -> e.children().stream().findFirst())
                .map(XmlElement::trimmedText);
        return new Greeting.Dcp(access, statements, expiry);
    }

    private static java.util.Set<String> names(Optional<XmlElement> e) {
        java.util.Set<String> names = new LinkedHashSet<>();
        e.ifPresent(p -> p.children().forEach(c -> names.add(c.localName())));
        return names;
    }

    // ---- response --------------------------------------------------------------------------------

    private static EppResponse response(XmlElement r, String xml) {
        List<Result> results = new ArrayList<>();
        for (XmlElement result : r.all(EPP, "result")) {
            results.add(result(result));
        }
        if (results.isEmpty()) {
            throw new XmlElement.MalformedFrame("response without result");
        }
        Optional<MessageQueue> msgQ = r.child(EPP, "msgQ").map(EppReader::messageQueue);
        Optional<ResponseData> data = r.child(EPP, "resData").map(EppReader::resData);
        List<ResponseExtension> extensions = new ArrayList<>();
        r.child(EPP, "extension").ifPresent(ext -> ext.children().forEach(e -> extensions.add(extension(e))));
        XmlElement trId = r.require(EPP, "trID");
        return new EppResponse(results, msgQ, data, extensions, trId.childText(EPP, "clTRID"),
                trId.requireText(EPP, "svTRID"), xml);
    }

    private static Result result(XmlElement r) {
        int code = Integer.parseInt(r.requireAttribute("code"));
        if (code < 1000 || code > 2599) {
            throw new XmlElement.MalformedFrame("result code out of range: " + code);
        }
        XmlElement msg = r.require(EPP, "msg");
        List<Result.ExtValue> values = new ArrayList<>();
        for (XmlElement ev : r.all(EPP, "extValue")) {
            String value = ev.child(EPP, "value").map(EppReader::deepText).orElse("");
            values.add(new Result.ExtValue(value, ev.childText(EPP, "reason").orElse("")));
        }
        return new Result(code, msg.trimmedText(), msg.attribute("lang"), values);
    }

    private static String deepText(XmlElement e) {
        StringBuilder sb = new StringBuilder(e.text().trim());
        for (XmlElement c : e.children()) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(c.localName()).append('=').append(deepText(c));
        }
        return sb.toString().trim();
    }

    private static MessageQueue messageQueue(XmlElement q) {
        int count = Integer.parseInt(q.requireAttribute("count"));
        String id = q.requireAttribute("id");
        return new MessageQueue(count, id, q.childText(EPP, "qDate").map(EppReader::instant),
                q.child(EPP, "msg").map(EppReader::deepText));
    }

    private static ResponseData resData(XmlElement resData) {
        if (resData.children().isEmpty()) {
            throw new XmlElement.MalformedFrame("empty resData");
        }
        XmlElement d = resData.children().get(0);
        return switch (d.namespace()) {
            case DOMAIN -> domainData(d);
            case CONTACT -> contactData(d);
            case HOST -> hostData(d);
            default -> new UnknownResData(d.namespace(), d.localName());
        };
    }

    // ---- domain ----------------------------------------------------------------------------------

    private static ResponseData domainData(XmlElement d) {
        return switch (d.localName()) {
            case "chkData" -> new DomainResData.CheckData(checkItems(d, DOMAIN, "name"));
            case "infData" -> domainInfo(d);
            case "creData" -> new DomainResData.CreateData(d.requireText(DOMAIN, "name"),
                    instant(d.requireText(DOMAIN, "crDate")), optionalInstant(d, DOMAIN, "exDate"));
            case "renData" -> new DomainResData.RenewData(d.requireText(DOMAIN, "name"),
                    optionalInstant(d, DOMAIN, "exDate"));
            case "trnData" -> new DomainResData.TransferData(d.requireText(DOMAIN, "name"),
                    d.requireText(DOMAIN, "trStatus"), d.requireText(DOMAIN, "reID"),
                    instant(d.requireText(DOMAIN, "reDate")), d.requireText(DOMAIN, "acID"),
                    instant(d.requireText(DOMAIN, "acDate")), optionalInstant(d, DOMAIN, "exDate"));
            case "panData" -> {
                XmlElement name = d.require(DOMAIN, "name");
                XmlElement trId = d.require(DOMAIN, "paTRID");
                yield new DomainResData.PendingActionData(name.trimmedText(),
                        bool(name.requireAttribute("paResult")), trId.childText(EPP, "clTRID"),
                        trId.requireText(EPP, "svTRID"), instant(d.requireText(DOMAIN, "paDate")));
            }
            default -> new UnknownResData(d.namespace(), d.localName());
        };
    }

    private static DomainResData.InfoData domainInfo(XmlElement d) {
        List<DomainCommand.ContactRef> contacts = new ArrayList<>();
        for (XmlElement c : d.all(DOMAIN, "contact")) {
            contacts.add(new DomainCommand.ContactRef(c.requireAttribute("type"), c.trimmedText()));
        }
        DomainCommand.NameServers ns = d.child(DOMAIN, "ns").map(EppReader::nameServers)
                .orElse(DomainCommand.NameServers.none());
        return new DomainResData.InfoData(d.requireText(DOMAIN, "name"), d.requireText(DOMAIN, "roid"),
                statuses(d, DOMAIN), d.childText(DOMAIN, "registrant"), contacts, ns, texts(d, DOMAIN, "host"),
                d.requireText(DOMAIN, "clID"), d.childText(DOMAIN, "crID"), optionalInstant(d, DOMAIN, "crDate"),
                d.childText(DOMAIN, "upID"), optionalInstant(d, DOMAIN, "upDate"),
                optionalInstant(d, DOMAIN, "exDate"), optionalInstant(d, DOMAIN, "trDate"),
                d.child(DOMAIN, "authInfo").flatMap(a -> a.childText(DOMAIN, "pw")));
    }

    private static DomainCommand.NameServers nameServers(XmlElement ns) {
        List<String> objects = texts(ns, DOMAIN, "hostObj");
        List<DomainCommand.HostAttr> attributes = new ArrayList<>();
        for (XmlElement attr : ns.all(DOMAIN, "hostAttr")) {
            attributes.add(new DomainCommand.HostAttr(attr.requireText(DOMAIN, "hostName"),
                    addresses(attr, DOMAIN, "hostAddr")));
        }
        return new DomainCommand.NameServers(objects, attributes);
    }

    // ---- contact ---------------------------------------------------------------------------------

    private static ResponseData contactData(XmlElement d) {
        return switch (d.localName()) {
            case "chkData" -> new ContactResData.CheckData(checkItems(d, CONTACT, "id"));
            case "infData" -> contactInfo(d);
            case "creData" -> new ContactResData.CreateData(d.requireText(CONTACT, "id"),
                    instant(d.requireText(CONTACT, "crDate")));
            default -> new UnknownResData(d.namespace(), d.localName());
        };
    }

    private static ContactResData.InfoData contactInfo(XmlElement d) {
        List<ContactCommand.PostalInfo> postalInfos = new ArrayList<>();
        for (XmlElement p : d.all(CONTACT, "postalInfo")) {
            XmlElement addr = p.require(CONTACT, "addr");
            postalInfos.add(new ContactCommand.PostalInfo(p.requireAttribute("type"),
                    p.requireText(CONTACT, "name"), p.childText(CONTACT, "org"), texts(addr, CONTACT, "street"),
                    addr.requireText(CONTACT, "city"), addr.childText(CONTACT, "sp"),
                    addr.childText(CONTACT, "pc"), addr.requireText(CONTACT, "cc")));
        }
        return new ContactResData.InfoData(d.requireText(CONTACT, "id"), d.requireText(CONTACT, "roid"),
                statuses(d, CONTACT), postalInfos, d.childText(CONTACT, "voice"), d.childText(CONTACT, "fax"),
                d.requireText(CONTACT, "email"), d.requireText(CONTACT, "clID"), d.childText(CONTACT, "crID"),
                optionalInstant(d, CONTACT, "crDate"), d.childText(CONTACT, "upID"),
                optionalInstant(d, CONTACT, "upDate"), optionalInstant(d, CONTACT, "trDate"),
                d.child(CONTACT, "authInfo").flatMap(a -> a.childText(CONTACT, "pw")));
    }

    // ---- host ------------------------------------------------------------------------------------

    private static ResponseData hostData(XmlElement d) {
        return switch (d.localName()) {
            case "chkData" -> new HostResData.CheckData(checkItems(d, HOST, "name"));
            case "infData" -> new HostResData.InfoData(d.requireText(HOST, "name"), d.requireText(HOST, "roid"),
                    statuses(d, HOST), addresses(d, HOST, "addr"), d.requireText(HOST, "clID"),
                    d.childText(HOST, "crID"), optionalInstant(d, HOST, "crDate"), d.childText(HOST, "upID"),
                    optionalInstant(d, HOST, "upDate"), optionalInstant(d, HOST, "trDate"));
            default -> new UnknownResData(d.namespace(), d.localName());
        };
    }

    // ---- extensions ------------------------------------------------------------------------------

    private static ResponseExtension extension(XmlElement e) {
        if (EppNamespaces.isFee(e.namespace())) {
            return fee(e);
        }
        if (e.namespace().equals(RGP) && (e.localName().equals("infData") || e.localName().equals("upData"))) {
            List<String> statuses = new ArrayList<>();
            for (XmlElement s : e.all(RGP, "rgpStatus")) {
                statuses.add(s.requireAttribute("s"));
            }
            return new RgpResData(statuses);
        }
        if (e.is(FRNIC, "ext")) {
            return frnic(e);
        }
        return new UnknownExtension(e.namespace(), e.localName());
    }

    private static ResponseExtension fee(XmlElement e) {
        String ns = e.namespace();
        if (e.localName().equals("chkData")) {
            List<FeeResData.CheckItem> items = new ArrayList<>();
            for (XmlElement cd : e.all(ns, "cd")) {
                List<FeeResData.CommandFee> commands = new ArrayList<>();
                for (XmlElement c : cd.all(ns, "command")) {
                    commands.add(new FeeResData.CommandFee(c.requireAttribute("name"), c.attribute("phase"),
                            c.attribute("subphase"), c.attribute("standard").map(EppReader::bool).orElse(false),
                            c.child(ns, "period").map(EppReader::period), feeAmounts(c, ns, "fee"),
                            feeAmounts(c, ns, "credit"), c.childText(ns, "reason")));
                }
                items.add(new FeeResData.CheckItem(cd.requireText(ns, "objID"),
                        cd.attribute("avail").map(EppReader::bool).orElse(true), cd.childText(ns, "class"),
                        commands, cd.childText(ns, "reason")));
            }
            return new FeeResData.CheckData(e.requireText(ns, "currency"), items);
        }
        if (e.localName().endsWith("Data")) {
            String kind = e.localName().substring(0, e.localName().length() - "Data".length());
            return new FeeResData.TransformData(kind, e.childText(ns, "currency").orElse(""),
                    e.child(ns, "period").map(EppReader::period), feeAmounts(e, ns, "fee"),
                    feeAmounts(e, ns, "credit"), e.childText(ns, "balance").map(BigDecimal::new),
                    e.childText(ns, "creditLimit").map(BigDecimal::new));
        }
        return new UnknownExtension(e.namespace(), e.localName());
    }

    private static List<FeeResData.FeeAmount> feeAmounts(XmlElement parent, String ns, String element) {
        List<FeeResData.FeeAmount> amounts = new ArrayList<>();
        for (XmlElement f : parent.all(ns, element)) {
            amounts.add(new FeeResData.FeeAmount(new BigDecimal(f.trimmedText()), f.attribute("description"),
                    f.attribute("refundable").map(EppReader::bool), f.attribute("grace-period"),
                    f.attribute("applied")));
        }
        return amounts;
    }

    private static ResponseExtension frnic(XmlElement ext) {
        XmlElement resData = ext.child(FRNIC, "resData").orElse(null);
        if (resData == null || resData.children().isEmpty()) {
            return new UnknownExtension(FRNIC, "ext");
        }
        XmlElement d = resData.children().get(0);
        switch (d.localName()) {
            case "chkData" -> {
                List<FrnicResData.CheckItem> items = new ArrayList<>();
                for (XmlElement domain : d.all(FRNIC, "domain")) {
                    XmlElement name = domain.require(FRNIC, "name");
                    items.add(new FrnicResData.CheckItem(name.trimmedText(),
                            name.attribute("reserved").map(EppReader::bool).orElse(false),
                            name.attribute("forbidden").map(EppReader::bool).orElse(false),
                            domain.childText(FRNIC, "rsvReason").or(() -> domain.childText(FRNIC, "fbdReason"))));
                }
                return new FrnicResData.CheckData(items);
            }
            case "infData" -> {
                XmlElement contact = d.child(FRNIC, "contact").orElse(d);
                Optional<FrnicExtension.LegalEntityInfos> legal = contact.child(FRNIC, "legalEntityInfos")
                        .map(EppReader::legalEntity);
                return new FrnicResData.ContactInfo(legal, contact.child(FRNIC, "individualInfos").isPresent());
            }
            case "trdData", "recData" -> {
                XmlElement domain = d.require(FRNIC, "domain");
                return new FrnicResData.OperationData(d.localName().equals("trdData") ? "trade" : "recover",
                        domain.requireText(FRNIC, "name"), domain.requireText(FRNIC, "trStatus"),
                        domain.childText(FRNIC, "reID"), optionalInstant(domain, FRNIC, "reDate"),
                        optionalInstant(domain, FRNIC, "acDate"), domain.childText(FRNIC, "newRegistrant"));
            }
            default -> {
                return new UnknownExtension(FRNIC, d.localName());
            }
        }
    }

    private static FrnicExtension.LegalEntityInfos legalEntity(XmlElement l) {
        XmlElement status = l.require(FRNIC, "legalStatus");
        String text = status.trimmedText();
        Optional<FrnicExtension.Association> asso = l.child(FRNIC, "asso").map(a -> {
            Optional<XmlElement> publ = a.child(FRNIC, "publ");
            return new FrnicExtension.Association(a.childText(FRNIC, "waldec"), a.childText(FRNIC, "decl"),
                    publ.map(XmlElement::trimmedText), publ.flatMap(p -> p.attribute("announce")),
                    publ.flatMap(p -> p.attribute("page")));
        });
        return new FrnicExtension.LegalEntityInfos(FrnicExtension.LegalStatus.fromCode(status.requireAttribute("s")),
                text.isEmpty() ? Optional.empty() : Optional.of(text), l.childText(FRNIC, "siren"),
                l.childText(FRNIC, "VAT"), l.childText(FRNIC, "trademark"), asso, l.childText(FRNIC, "DUNS"),
                l.childText(FRNIC, "local"));
    }

    // ---- shared pieces ---------------------------------------------------------------------------

    private static List<CheckItem> checkItems(XmlElement chkData, String ns, String idElement) {
        List<CheckItem> items = new ArrayList<>();
        for (XmlElement cd : chkData.all(ns, "cd")) {
            XmlElement id = cd.require(ns, idElement);
            items.add(new CheckItem(id.trimmedText(), bool(id.requireAttribute("avail")), cd.childText(ns, "reason")));
        }
        return items;
    }

    private static List<ObjectStatus> statuses(XmlElement d, String ns) {
        List<ObjectStatus> statuses = new ArrayList<>();
        for (XmlElement s : d.all(ns, "status")) {
            String reason = s.trimmedText();
            statuses.add(new ObjectStatus(s.requireAttribute("s"),
                    reason.isEmpty() ? Optional.empty() : Optional.of(reason)));
        }
        return statuses;
    }

    private static List<HostAddress> addresses(XmlElement parent, String ns, String element) {
        List<HostAddress> addresses = new ArrayList<>();
        for (XmlElement a : parent.all(ns, element)) {
            addresses.add(new HostAddress(a.trimmedText(), a.attribute("ip").map("v6"::equals).orElse(false)));
        }
        return addresses;
    }

    private static List<String> texts(XmlElement parent, String ns, String element) {
        List<String> texts = new ArrayList<>();
        for (XmlElement e : parent.all(ns, element)) {
            texts.add(e.trimmedText());
        }
        return texts;
    }

    private static Period period(XmlElement p) {
        Period.Unit unit = "m".equals(p.attribute("unit").orElse("y")) ? Period.Unit.MONTHS : Period.Unit.YEARS;
        return new Period(Integer.parseInt(p.trimmedText()), unit);
    }

    private static Optional<Instant> optionalInstant(XmlElement parent, String ns, String element) {
        return parent.childText(ns, element).map(EppReader::instant);
    }

    static Instant instant(String text) {
        return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    }

    private static boolean bool(String text) {
        return switch (text.trim()) {
            case "1", "true" -> true;
            case "0", "false" -> false;
            default -> throw new XmlElement.MalformedFrame("not an XML boolean: " + text);
        };
    }
}
