package dev.servicedesk.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void shouldKeepOnlyTheLastSegmentOfAPath() {
        assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.safe("C:\\Users\\ana\\Desktop\\screen.png")).isEqualTo("screen.png");
    }

    @Test
    void shouldDropControlAndDirectionOverrideCharacters() {
        assertThat(FileNames.safe("invoice\u202Egnp.exe")).isEqualTo("invoicegnp.exe");
        assertThat(FileNames.safe("a\u0000b\r\nc.txt")).isEqualTo("ab c.txt");
        assertThat(FileNames.safe("zero\u200Bwidth.txt")).isEqualTo("zerowidth.txt");
    }

    @Test
    void shouldReplaceWhatFileSystemsReserveAndTrimDotsAndSpaces() {
        assertThat(FileNames.safe("  report: \"Q3\" <final>?.pdf. ")).isEqualTo("report_ _Q3_ _final__.pdf");
        assertThat(FileNames.safe("...")).isEqualTo("attachment");
        assertThat(FileNames.safe(".bashrc")).isEqualTo("bashrc");
        assertThat(FileNames.safe(null)).isEqualTo("attachment");
        assertThat(FileNames.safe("")).isEqualTo("attachment");
    }

    @Test
    void shouldNotNameAWindowsDevice() {
        assertThat(FileNames.safe("NUL.txt")).isEqualTo("_NUL.txt");
        assertThat(FileNames.safe("com1")).isEqualTo("_com1");
        assertThat(FileNames.safe("console.log")).isEqualTo("console.log");
    }

    @Test
    void shouldNormaliseToComposedForms() {
        assertThat(FileNames.safe("U\u0308berweisung.pdf")).isEqualTo("Überweisung.pdf");
    }

    @Test
    void shouldShortenLongNamesKeepingTheExtension() {
        String name = FileNames.safe("x".repeat(400) + ".png");

        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".png");
        assertThat(FileNames.safe("é".repeat(300))).hasSize(FileNames.MAX_LENGTH);
    }

    @Test
    void shouldGiveAnAsciiNameAndTheWholeNameInUtf8() {
        assertThat(FileNames.contentDisposition("Überweisung März.pdf"))
                .isEqualTo("attachment; filename=\"_berweisung M_rz.pdf\"; "
                        + "filename*=UTF-8''%C3%9Cberweisung%20M%C3%A4rz.pdf");
        assertThat(FileNames.contentDisposition("日報.txt")).endsWith("filename*=UTF-8''%E6%97%A5%E5%A0%B1.txt");
        assertThat(FileNames.contentDisposition("100% done.txt"))
                .startsWith("attachment; filename=\"100_ done.txt\"; filename*=UTF-8''100%25%20done.txt");
    }

    @Property
    void shouldAlwaysGiveANameSafeToKeepAndHandBack(@ForAll String offered) {
        String name = FileNames.safe(offered);

        assertThat(name).isNotEmpty().doesNotContain("/", "\\", "\"", "\r", "\n", "\u0000");
        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).doesNotStartWith(".").doesNotStartWith(" ");
        assertThat(FileNames.contentDisposition(name)).matches("[\\x20-\\x7e]+");
    }
}
