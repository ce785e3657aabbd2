package com.ophos.registrar.epp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.epp.EppFrameTooLargeException;
import com.ophos.registrar.epp.EppProtocolException;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.transport.FrameDecoder;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Frames a hostile or broken server could send: each is a typed protocol error, quickly. */
@Timeout(10)
class HostileFrameTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void doctypeIsRefused() {
        assertThatThrownBy(() -> EppReader.read(utf8("<?xml version=\"1.0\"?><!DOCTYPE epp []>"
                + "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>")))
                .isInstanceOf(EppProtocolException.class).hasMessageContaining("DOCTYPE");
    }

    @Test
    void externalEntityIsNeitherFetchedNorExpanded(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
                + "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response><result code=\"1000\"><msg>&x;</msg>"
                + "</result><trID><svTRID>S</svTRID></trID></response></epp>";
        assertThatThrownBy(() -> EppReader.read(utf8(xxe)))
                .isInstanceOf(EppProtocolException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("TOP-SECRET"));
    }

    @Test
    void billionLaughsIsRefused() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE epp [<!ENTITY l0 \"ha\">");
        for (int i = 1; i <= 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"");
            dtd.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        dtd.append("]>");
        String bomb = "<?xml version=\"1.0\"?>" + dtd + "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>"
                + "<result code=\"1000\"><msg>&l10;</msg></result><trID><svTRID>S</svTRID></trID></response></epp>";
        assertThatThrownBy(() -> EppReader.read(utf8(bomb))).isInstanceOf(EppProtocolException.class);
    }

    @Test
    void undeclaredEntityReferenceIsRefused() {
        assertThatThrownBy(() -> EppReader.read(utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>"
                + "<result code=\"1000\"><msg>&x;</msg></result><trID><svTRID>S</svTRID></trID></response></epp>")))
                .isInstanceOf(EppProtocolException.class);
    }

    @Test
    void malformedXmlIsRefused() {
        assertThatThrownBy(() -> EppReader.read(utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>")))
                .isInstanceOf(EppProtocolException.class);
        assertThatThrownBy(() -> EppReader.read(utf8("not xml at all")))
                .isInstanceOf(EppProtocolException.class);
        assertThatThrownBy(() -> EppReader.read(new byte[0])).isInstanceOf(EppProtocolException.class);
    }

    /** The thread's reader is handed out again after each frame (XmlFactories): nothing of a refused frame may stay in it. */
    @Test
    void aReaderReusedAfterRefusedFramesReadsTheNextFramesWholeAndStillRefusesDoctypes() {
        byte[] doctype = utf8("<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x \"y\">]>"
                + "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>");
        byte[] truncated = utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response><result code=\"1000\">");
        for (int round = 0; round < 3; round++) {
            EppResponse check = (EppResponse) EppReader.read(Fixtures.load("domain-check-5.xml"));
            assertThat(check.code()).isEqualTo(1000);
            assertThat(check.clTRID()).contains("GW-BENCH-CHK");
            assertThatThrownBy(() -> EppReader.read(truncated)).isInstanceOf(EppProtocolException.class);
            EppResponse refusal = (EppResponse) EppReader.read(Fixtures.load("error-2306.xml"));
            assertThat(refusal.code()).isEqualTo(2306);
            assertThat(refusal.clTRID()).contains("GW-REN-2");
            assertThatThrownBy(() -> EppReader.read(doctype))
                    .isInstanceOf(EppProtocolException.class).hasMessageContaining("DOCTYPE");
        }
    }

    @Test
    void wellFormedButUnexpectedFramesAreRefused() {
        // wrong root namespace
        assertThatThrownBy(() -> EppReader.read(utf8("<epp><hello/></epp>")))
                .isInstanceOf(EppProtocolException.class).hasMessageContaining("root");
        // a command where a response is expected
        assertThatThrownBy(() -> EppReader.read(utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/></epp>")))
                .isInstanceOf(EppProtocolException.class);
        // response without trID
        assertThatThrownBy(() -> EppReader.read(utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>"
                + "<result code=\"1000\"><msg>ok</msg></result></response></epp>")))
                .isInstanceOf(EppProtocolException.class).hasMessageContaining("trID");
        // response without result
        assertThatThrownBy(() -> EppReader.read(utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>"
                + "<trID><svTRID>S</svTRID></trID></response></epp>")))
                .isInstanceOf(EppProtocolException.class);
        // result code that is not a number
        assertThatThrownBy(() -> EppReader.read(utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>"
                + "<result code=\"abc\"><msg>x</msg></result><trID><svTRID>S</svTRID></trID></response></epp>")))
                .isInstanceOf(EppProtocolException.class);
        // creData with a date that is not a date
        assertThatThrownBy(() -> EppReader.read(utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response>"
                + "<result code=\"1000\"><msg>x</msg></result><resData><domain:creData "
                + "xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\"><domain:name>a.com</domain:name>"
                + "<domain:crDate>yesterday</domain:crDate></domain:creData></resData>"
                + "<trID><svTRID>S</svTRID></trID></response></epp>")))
                .isInstanceOf(EppProtocolException.class);
    }

    @Test
    void deeplyNestedFrameIsRefused() {
        String deep = "<a>".repeat(5000) + "</a>".repeat(5000);
        assertThatThrownBy(() -> EppReader.read(utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\">" + deep + "</epp>")))
                .isInstanceOf(EppProtocolException.class);
    }

    @Test
    void oversizedFrameIsRefusedFromItsHeader() {
        FrameDecoder decoder = new FrameDecoder(1024);
        Buffer header = Buffer.buffer().appendUnsignedInt(2_000_000_000L);
        assertThatThrownBy(() -> decoder.feed(header))
                .isInstanceOf(EppFrameTooLargeException.class)
                .satisfies(e -> assertThat(((EppFrameTooLargeException) e).announcedLength()).isEqualTo(2_000_000_000L));
    }

    @Test
    void lengthBelowTheHeaderIsRefused() {
        assertThatThrownBy(() -> new FrameDecoder(1024).feed(Buffer.buffer().appendUnsignedInt(3)))
                .isInstanceOf(EppFrameTooLargeException.class);
    }

    @Test
    void framesAreSplitAndJoinedWhateverTheChunking() {
        byte[] a = utf8("<epp>first</epp>");
        byte[] b = utf8("<epp>second</epp>");
        Buffer stream = FrameDecoder.encode(a).appendBuffer(FrameDecoder.encode(b));
        FrameDecoder decoder = new FrameDecoder(1024);
        java.util.List<byte[]> frames = new java.util.ArrayList<>();
        for (int i = 0; i < stream.length(); i++) {
            frames.addAll(decoder.feed(stream.getBuffer(i, i + 1)));
        }
        assertThat(frames).hasSize(2);
        assertThat(new String(frames.get(0), StandardCharsets.UTF_8)).isEqualTo("<epp>first</epp>");
        assertThat(new String(frames.get(1), StandardCharsets.UTF_8)).isEqualTo("<epp>second</epp>");
        assertThat(decoder.buffered()).isZero();
        assertThat(stream.getUnsignedInt(0)).isEqualTo(4L + a.length);
    }

    @Test
    void truncatedFrameStaysBuffered() {
        Buffer frame = FrameDecoder.encode(utf8("<epp>complete?</epp>"));
        FrameDecoder decoder = new FrameDecoder(1024);
        assertThat(decoder.feed(frame.getBuffer(0, frame.length() - 3))).isEmpty();
        assertThat(decoder.buffered()).isEqualTo(frame.length() - 3);
    }

    @Test
    void schemaValidationIsReallyActive() {
        // A domain:create without authInfo is not valid EPP: proves the schema test can fail.
        byte[] invalid = utf8("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command><create><domain:create "
                + "xmlns:domain=\"urn:ietf:params:xml:ns:domain-1.0\"><domain:name>a.com</domain:name></domain:create>"
                + "</create><clTRID>ABC-1</clTRID></command></epp>");
        assertThatThrownBy(() -> EppSchemas.validate(invalid)).isInstanceOf(org.xml.sax.SAXException.class);
    }
}
