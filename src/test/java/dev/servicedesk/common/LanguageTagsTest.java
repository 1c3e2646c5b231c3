package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTagsTest {
    private static final List<String> PUBLISHED = List.of("en", "de", "pt-BR", "fr-CA");

    @ParameterizedTest(name = "Accept-Language {0} gets {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "de                        | de",
                "de-CH                     | de",
                "fr;q=0.9, de;q=0.8        | fr-CA",
                "en;q=0.5, de              | de",
                "de;q=0, en                | en",
                "pt                        | pt-BR",
                "it, *                     | en",
                "ja                        | en",
                "not a tag ;;              | en",
                "DE-at                     | de"
            })
    void shouldNegotiateThePreferredPublishedLanguage(String header, String expected) {
        assertThat(LanguageTags.negotiate(header, PUBLISHED, "en")).isEqualTo(expected);
    }

    @Test
    void shouldFallBackToTheSourceWithoutAHeader() {
        assertThat(LanguageTags.negotiate(null, PUBLISHED, "en")).isEqualTo("en");
        assertThat(LanguageTags.negotiate(" ", PUBLISHED, "en")).isEqualTo("en");
    }

    @Test
    void shouldListPreferencesWithTheirLookupFallbacks() {
        assertThat(LanguageTags.preferences("de-CH-1996, en;q=0.4, fr;q=0.8"))
                .containsExactly("de-ch-1996", "de-ch", "de", "fr", "en");
        assertThat(LanguageTags.preferences("*")).isEmpty();
        assertThat(LanguageTags.preferences("((")).isEmpty();
    }

    @Test
    void shouldPutTagsInCanonicalCaseAndRefuseWhatIsNoTag() {
        assertThat(LanguageTags.canonical("language", "PT-br")).isEqualTo("pt-BR");
        assertThat(LanguageTags.canonical("language", "zh-hant-tw")).isEqualTo("zh-Hant-TW");
        for (String bad : new String[] {"en_US", "e", "toolongsubtag-x", "", "en--US"}) {
            assertThatThrownBy(() -> LanguageTags.canonical("language", bad))
                    .as(bad)
                    .isInstanceOf(ProblemException.class);
        }
    }
}
