package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void shouldDefaultToFiftyFromTheStart() {
        PageRequest request = PageRequest.parse(null, null, "createdAt");

        assertThat(request.limit()).isEqualTo(50);
        assertThat(request.after()).isEmpty();
        assertThat(request.fetchSize()).isEqualTo(51);
    }

    @Test
    void shouldAcceptTheBounds() {
        assertThat(PageRequest.parse("1", "", "s").limit()).isEqualTo(1);
        assertThat(PageRequest.parse("200", null, "s").limit()).isEqualTo(200);
    }

    @Test
    void shouldReportEveryBadParameter() {
        assertThatThrownBy(() -> PageRequest.parse("-5", "not-a-cursor!", "s"))
                .isInstanceOfSatisfying(
                        ProblemException.class,
                        e -> assertThat(e.errors())
                                .extracting(FieldError::field)
                                .containsExactly("limit", "cursor"));
        assertThatThrownBy(() -> PageRequest.parse("99999999999999", null, "s")).isInstanceOf(ProblemException.class);
    }

    @Test
    void shouldContinueAfterTheLastItemOfAFullPage() {
        PageRequest request = PageRequest.parse("2", null, "name");
        List<String> rows = List.of("a", "b", "c");

        Page<String> page =
                Page.of(rows, request, row -> new PageCursor("name", row, new UUID(0, 1)), String::toUpperCase);

        assertThat(page.items()).containsExactly("A", "B");
        assertThat(PageCursor.decode(page.nextCursor(), "name").lastValue()).isEqualTo("b");
    }

    @Test
    void shouldEndOnAShortPage() {
        PageRequest request = PageRequest.parse("2", null, "name");

        Page<String> page =
                Page.of(List.of("a", "b"), request, row -> new PageCursor("name", row, new UUID(0, 1)), row -> row);

        assertThat(page.nextCursor()).isNull();
    }
}
