package dev.servicedesk.kb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.kb.dto.SearchCorrection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {
    @ParameterizedTest(name = "{0} → {1}: {2} typos")
    @CsvSource({
        "printer, printer, 0",
        "pritner, printer, 1",
        "prnter, printer, 1",
        "printers, printer, 1",
        "pronter, printer, 1",
        "ptinrer, printer, 2",
        "netwrok, network, 1",
        "überweisung, uberweisung, 2",
        "caturday, saturday, 2",
        "aprinter, printer, 2"
    })
    void shouldCountTyposAsMeilisearchDoes(String typed, String word, int typos) {
        assertThat(Vocabulary.typos(typed, word)).isEqualTo(typos);
        assertThat(Vocabulary.typos(word, typed)).isEqualTo(typos);
    }

    @Test
    void shouldForgiveNoTypoInShortWordsOneFromFiveLettersTwoFromNine() {
        assertThat(Vocabulary.typosAllowed("mail")).isZero();
        assertThat(Vocabulary.typosAllowed("mouse")).isEqualTo(1);
        assertThat(Vocabulary.typosAllowed("keyboard")).isEqualTo(1);
        assertThat(Vocabulary.typosAllowed("bluetooth")).isEqualTo(2);
    }

    @Test
    void shouldTakeWordsOfFiveLettersOrMoreInLowerCase() {
        assertThat(Vocabulary.words("The VPN-Client fails: Überweisung 0x80070005 ok"))
                .containsExactly("client", "fails", "überweisung");
    }

    @Test
    void shouldLeavePhrasesAndExcludedWordsAsTyped() {
        assertThat(SearchTypos.free("pritner \"paper jamm\" -toner or scaner")).containsExactly("pritner", "scaner");
        assertThat(SearchTypos.apply(
                        "Pritner jams; pritnerx stays", List.of(new SearchCorrection("pritner", "printer"))))
                .isEqualTo("printer jams; pritnerx stays");
    }
}
