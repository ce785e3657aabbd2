package com.ophos.registrar.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The sandbox's parser keeps one document builder per thread: a refused frame must not spoil the next. */
class EppXmlParserTest {
    private static final String HELLO = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>";
    private static final String CHECK = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command><check>"
            + "<domain:check xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\"><domain:name>a.com</domain:name>"
            + "</domain:check></check><clTRID>T-1</clTRID></command></epp>";
    private static final String LAUGHS = "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
            + "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello>&b;</hello></epp>";
    private static final String EXTERNAL = "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x SYSTEM "
            + "\"file:///etc/passwd\">]><epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello>&x;</hello></epp>";

    @Test
    void framesAfterRefusedOnesOnTheSameThreadAreReadWhole() throws EppException {
        for (int round = 0; round < 3; round++) {
            assertThat(EppXmlParser.parse(bytes(HELLO)).children()).hasSize(1);
            refused(LAUGHS);
            assertThat(clTRID(EppXmlParser.parse(bytes(CHECK)))).isEqualTo("T-1");
            refused(CHECK.substring(0, CHECK.length() / 2));
            refused(EXTERNAL);
            refused("<epp xmlns=\"urn:example:not-epp\"><hello/></epp>");
            assertThat(clTRID(EppXmlParser.parse(bytes(CHECK)))).isEqualTo("T-1");
        }
    }

    private static void refused(String frame) {
        assertThatThrownBy(() -> EppXmlParser.parse(bytes(frame))).isInstanceOf(EppException.SyntaxError.class);
    }

    private static String clTRID(XmlElement root) {
        return root.children().get(0).childText(EppNamespaces.EPP, "clTRID").orElseThrow();
    }

    private static byte[] bytes(String frame) {
        return frame.getBytes(StandardCharsets.UTF_8);
    }
}
