package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text as search compares it: the same folded text for every way of writing it. */
class TextFoldTest {
    @Test
    void shouldFoldCaseAcrossScripts() {
        assertThat(TextFold.of("ИВАН Über CAFÉ")).isEqualTo("иван über café");
    }

    @Test
    void shouldFoldComposedAndDecomposedFormsAlike() {
        assertThat(TextFold.of("Cafe\u0301")).isEqualTo(TextFold.of("Café"));
        assertThat(TextFold.of("ＶＰＮ")).isEqualTo("vpn");
    }

    @Test
    void shouldFoldWhatOneCaseChangeLeavesApart() {
        assertThat(TextFold.of("STRAẞE")).isEqualTo(TextFold.of("Straße")).isEqualTo("strasse");
        assertThat(TextFold.of("İSTANBUL")).isEqualTo("istanbul");
        assertThat(TextFold.of("ΟΔΟΣ")).isEqualTo(TextFold.of("οδος")).isEqualTo("οδοσ");
    }
}
