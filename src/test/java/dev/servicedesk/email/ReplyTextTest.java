package dev.servicedesk.email;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplyTextTest {
    @Test
    void shouldLeaveOutTheQuoteAndItsAttributionWrappedOverTwoLines() {
        String reply = """
                Thanks, it works.

                On Tue, Nov 24, 2026 at 10:02 AM IT Service Desk <
                desk@example.org> wrote:

                > Please check the tray.
                """;

        assertThat(ReplyText.of(reply)).isEqualTo("Thanks, it works.");
    }

    @Test
    void shouldCutAtAnOutlookHeaderInGerman() {
        String reply = """
                Danke!

                Von: IT Service Desk <desk@example.org>
                Gesendet: Dienstag, 24. November 2026 11:02
                An: Ana
                Betreff: Test

                Bitte prüfen.
                """;

        assertThat(ReplyText.of(reply)).isEqualTo("Danke!");
    }

    @Test
    void shouldCutAtTheSignatureSeparatorAndAMobileFooter() {
        assertThat(ReplyText.of("Done.\n\nSent from my iPhone\n")).isEqualTo("Done.");
        assertThat(ReplyText.of("Done.\n-- \nAna Ferreira\nFinance\n")).isEqualTo("Done.");
        assertThat(ReplyText.of("Erledigt.\n\nVon meinem iPhone gesendet")).isEqualTo("Erledigt.");
    }

    @Test
    void shouldKeepAnswersWrittenBetweenQuotedLines() {
        String reply = """
                On Tue, Nov 24, 2026 at 10:02:00AM +0000, IT Service Desk wrote:
                > Which printer?

                The HP.

                > Since when?

                Monday.
                """;

        assertThat(ReplyText.of(reply)).isEqualTo("The HP.\n\nMonday.");
    }

    @Test
    void shouldKeepATextThatIsAllQuoteAsItCame() {
        assertThat(ReplyText.of("> only a quote\n")).isEqualTo("> only a quote");
    }

    @Test
    void shouldNotTakeAnOrdinaryLineStartingWithFromForAnOutlookHeader() {
        String reply = "From: the printer on floor 3, nothing comes out.\nIt blinks orange.";

        assertThat(ReplyText.of(reply)).isEqualTo(reply);
    }
}
