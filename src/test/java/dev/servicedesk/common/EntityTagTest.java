package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EntityTagTest {

    @Test
    void shouldQuoteTheVersion() {
        assertThat(EntityTag.of(7)).isEqualTo("\"7\"");
    }

    @Test
    void shouldRequireTheHeader() {
        assertThatThrownBy(() -> EntityTag.requireMatch(null, 1))
                .isInstanceOfSatisfying(
                        ProblemException.class, e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
        assertThatThrownBy(() -> EntityTag.requireMatch("  ", 1)).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldRejectAStaleOrForeignTag() {
        for (String stale : new String[] {"\"6\"", "6", "W/\"7\"", "\"7", "garbage"}) {
            assertThatThrownBy(() -> EntityTag.requireMatch(stale, 7))
                    .isInstanceOfSatisfying(
                            ProblemException.class,
                            e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
        }
    }

    @Test
    void shouldAcceptTheCurrentTagInAListOrAStar() {
        assertThatCode(() -> EntityTag.requireMatch("\"7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> EntityTag.requireMatch("\"5\", \"7\"", 7)).doesNotThrowAnyException();
        assertThatCode(() -> EntityTag.requireMatch("*", 7)).doesNotThrowAnyException();
    }
}
