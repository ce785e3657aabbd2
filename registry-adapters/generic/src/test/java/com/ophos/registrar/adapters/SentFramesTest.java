package com.ophos.registrar.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The schema check the adapter tests rely on does reject an invalid frame and accept a valid one. */
class SentFramesTest {

    @Test
    void anInvalidFrameIsReportedAndAValidOneIsNot(@TempDir Path wireLog) throws Exception {
        Optional<Path> shared = SentFrames.sharedDirectory();
        Assumptions.assumeTrue(shared.isPresent(), "shared EPP schemas not found (set -Dregistrar.shared-dir)");
        Files.writeString(wireLog.resolve("1-x-s-1-out.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
                <domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:name>a.com</domain:name>
                </domain:check></check><clTRID>ABC-1</clTRID></command></epp>
                """.strip(), StandardCharsets.UTF_8);
        assertThat(SentFrames.invalid(shared.get(), wireLog)).isEmpty();

        Files.writeString(wireLog.resolve("2-x-s-2-out.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><command><check>
                <domain:check xmlns:domain="urn:ietf:params:xml:ns:domain-1.0"><domain:nom>a.com</domain:nom>
                </domain:check></check><clTRID>ABC-2</clTRID></command></epp>
                """.strip(), StandardCharsets.UTF_8);
        assertThat(SentFrames.invalid(shared.get(), wireLog)).singleElement().asString().startsWith("2-x-s-2-out.xml");
    }
}
