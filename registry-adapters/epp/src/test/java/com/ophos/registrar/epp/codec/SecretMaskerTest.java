package com.ophos.registrar.epp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.FrnicCommand;
import com.ophos.registrar.epp.model.SessionCommand;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SecretMaskerTest {

    @Test
    void passwordsInAnyNamespaceAreMasked() throws Exception {
        byte[] login = EppWriter.write(EppCommand.of(new SessionCommand.Login("gw-01", "s3cr3t-Pw!",
                Optional.of("n3w-S3cret"), "1.0", "en", List.of(EppNamespaces.DOMAIN), List.of()), "LOGIN-1"),
                Optional.empty());
        String masked = new String(SecretMasker.mask(login), StandardCharsets.UTF_8);
        assertThat(masked).doesNotContain("s3cr3t-Pw!").doesNotContain("n3w-S3cret")
                .contains("<pw>***</pw>").contains("<newPW>***</newPW>").contains("<clID>gw-01</clID>");
        assertThat(EppReader.parseTree(SecretMasker.mask(login)).localName()).isEqualTo("epp");

        byte[] trade = EppWriter.write(EppCommand.of(new FrnicCommand.Trade(FrnicCommand.TradeOp.REQUEST, "a.fr",
                Optional.of("NX-1"), Optional.of("Fr-Auth-9x2")), "TRADE-1"), Optional.empty());
        String maskedTrade = new String(SecretMasker.mask(trade), StandardCharsets.UTF_8);
        assertThat(maskedTrade).doesNotContain("Fr-Auth-9x2").contains("<domain:pw").contains(">***</domain:pw>");
    }

    @Test
    void secretsHiddenInCdataOrNestedMarkupAreMaskedToo() {
        String tricky = "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><x:pw xmlns:x=\"urn:x\"><![CDATA[cdata-secret]]>"
                + "<inner>nested-secret</inner></x:pw><other>visible</other></epp>";
        String masked = new String(SecretMasker.mask(tricky.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(masked).doesNotContain("cdata-secret").doesNotContain("nested-secret").contains("visible");
    }

    @Test
    void aFrameThatDoesNotParseIsNotLoggedAtAll() {
        String broken = "<epp><pw>half-a-secret";
        String masked = new String(SecretMasker.mask(broken.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        assertThat(masked).doesNotContain("half-a-secret").contains("not logged");
    }
}
