package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** RFC 5910 secDNS-1.1 dsData, read from create/update and written in info. */
final class DsRecords {

    private DsRecords() {
    }

    static List<DsData> parse(List<XmlElement> elements) throws EppException {
        List<DsData> records = new ArrayList<>();
        for (XmlElement element : elements) {
            try {
                records.add(new DsData(
                        Integer.parseInt(element.requiredText(EppNamespaces.SEC_DNS, "keyTag")),
                        Integer.parseInt(element.requiredText(EppNamespaces.SEC_DNS, "alg")),
                        Integer.parseInt(element.requiredText(EppNamespaces.SEC_DNS, "digestType")),
                        element.requiredText(EppNamespaces.SEC_DNS, "digest").toUpperCase(java.util.Locale.ROOT)));
            } catch (NumberFormatException e) {
                throw new EppException.ParameterValueSyntax("secDNS:dsData keyTag/alg/digestType must be numbers");
            }
        }
        return records;
    }

    static List<DsData> fromCreate(CommandContext context) throws EppException {
        Optional<XmlElement> create = context.command().extension(EppNamespaces.SEC_DNS, "create");
        if (create.isEmpty()) {
            return List.of();
        }
        if (create.get().child(EppNamespaces.SEC_DNS, "keyData").isPresent()) {
            throw new EppException.UnimplementedOption("secDNS keyData interface is not supported; send dsData");
        }
        return parse(create.get().children(EppNamespaces.SEC_DNS, "dsData"));
    }

    static void writeInfo(XmlOut out, List<DsData> records) {
        out.start(EppNamespaces.SEC_DNS, "infData");
        for (DsData ds : records) {
            out.start(EppNamespaces.SEC_DNS, "dsData")
                    .element(EppNamespaces.SEC_DNS, "keyTag", Integer.toString(ds.keyTag()))
                    .element(EppNamespaces.SEC_DNS, "alg", Integer.toString(ds.algorithm()))
                    .element(EppNamespaces.SEC_DNS, "digestType", Integer.toString(ds.digestType()))
                    .element(EppNamespaces.SEC_DNS, "digest", ds.digest()).end();
        }
        out.end();
    }
}
