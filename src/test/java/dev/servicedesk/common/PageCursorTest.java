package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class PageCursorTest {

    @Property
    void shouldRoundTripAnySortValue(
            @ForAll @StringLength(max = 200) String value, @ForAll long high, @ForAll long low) {
        PageCursor cursor = new PageCursor("createdAt", value, new UUID(high, low));

        assertThat(PageCursor.decode(cursor.encode(), "createdAt")).isEqualTo(cursor);
    }

    @Property
    void shouldBeUrlSafe(@ForAll @StringLength(max = 50) String value) {
        assertThat(new PageCursor("s", value, UUID.randomUUID()).encode()).matches("[A-Za-z0-9_-]*");
    }

    @Test
    void shouldRejectACursorOfAnotherSort() {
        String encoded = new PageCursor("priority", "HIGH", UUID.randomUUID()).encode();

        assertThatThrownBy(() -> PageCursor.decode(encoded, "createdAt"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("cursor"));
    }

    @Property
    void shouldRejectAnythingItDidNotIssue(@ForAll @StringLength(max = 300) String garbage) {
        try {
            PageCursor decoded = PageCursor.decode(garbage, "createdAt");
            assertThat(decoded.sort()).isEqualTo("createdAt");
        } catch (ProblemException e) {
            assertThat(e.type()).isEqualTo(ProblemType.VALIDATION);
        }
    }
}
