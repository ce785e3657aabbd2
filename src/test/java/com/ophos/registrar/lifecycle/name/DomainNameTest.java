package com.ophos.registrar.lifecycle.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.lifecycle.name.InvalidDomainNameException.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DomainNameTest {

    @Test
    void lowercasesAsciiNames() {
        DomainName name = DomainName.parse("Example-Shop.COM");
        assertThat(name.aLabel()).isEqualTo("example-shop.com");
        assertThat(name.uLabel()).isEqualTo("example-shop.com");
        assertThat(name.tld()).isEqualTo("com");
        assertThat(name.isIdn()).isFalse();
    }

    @Test
    void convertsUnicodeToALabelAndBack() {
        DomainName name = DomainName.parse("Café.fr");
        assertThat(name.aLabel()).isEqualTo("xn--caf-dma.fr");
        assertThat(name.uLabel()).isEqualTo("café.fr");
        assertThat(DomainName.parse("xn--caf-dma.fr")).isEqualTo(name);
    }

    @Test
    void isNontransitional_sharpSIsKept() {
        // IDNA 2003 / transitional processing would map ß to "ss".
        assertThat(DomainName.parse("straße.de").aLabel()).isEqualTo("xn--strae-oqa.de");
    }

    @Test
    void acceptsOneTrailingRootDot() {
        assertThat(DomainName.parse("example.com.").aLabel()).isEqualTo("example.com");
    }

    @Test
    void acceptsTheLongestLegalLabelAndName() {
        String label63 = "a".repeat(63);
        assertThat(DomainName.parse(label63 + ".com").aLabel()).hasSize(67);
        String name253 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(57) + ".com";
        assertThat(name253).hasSize(253);
        assertThat(DomainName.parse(name253).aLabel()).hasSize(253);
    }

    @ParameterizedTest
    @CsvSource({
            "'', EMPTY",
            "com, SINGLE_LABEL",
            "-shop.com, LEADING_HYPHEN",
            "shop-.com, TRAILING_HYPHEN",
            "ab--cd.com, HYPHENS_AT_3_4",
            "xn--zzzzzzz-9999.com, INVALID_A_LABEL",
            "exa_mple.com, DISALLOWED_CHARACTER",
            "exa mple.com, DISALLOWED_CHARACTER",
            "a..com, EMPTY_LABEL",
            "pаypal.com, MIXED_SCRIPT",
    })
    void refusesWithANamedReason(String input, Reason reason) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOfSatisfying(InvalidDomainNameException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.fields()).containsExactly("name");
                });
    }

    @Test
    void refusesLabelsAbove63AndNamesAbove253() {
        assertThatThrownBy(() -> DomainName.parse("a".repeat(64) + ".com"))
                .isInstanceOfSatisfying(InvalidDomainNameException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.LABEL_TOO_LONG));
        String name254 = "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(63) + "." + "d".repeat(58) + ".com";
        assertThatThrownBy(() -> DomainName.parse(name254))
                .isInstanceOfSatisfying(InvalidDomainNameException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.NAME_TOO_LONG));
    }

    @Test
    void refusesBidiAndContextJViolations() {
        // Hebrew label followed by a Latin letter breaks the RTL bidi rule.
        assertThatThrownBy(() -> DomainName.parse("\u05d0\u05d1a.com"))
                .isInstanceOfSatisfying(InvalidDomainNameException.class,
                        e -> assertThat(e.reason()).isIn(Reason.BIDI_RULE, Reason.MIXED_SCRIPT));
        // ZERO WIDTH JOINER outside a virama context.
        assertThatThrownBy(() -> DomainName.parse("a\u200db.com"))
                .isInstanceOfSatisfying(InvalidDomainNameException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.CONTEXT_RULE));
    }

    @Test
    void allowsDifferentScriptsInDifferentLabels() {
        assertThat(DomainName.parse("пример.com").aLabel()).isEqualTo("xn--e1afmkfd.com");
    }
}
