package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ProblemTypeTest {

    @Test
    void shouldHaveStableUrnsDerivedFromTheName() {
        assertThat(ProblemType.IDEMPOTENCY_KEY_REUSED.uri())
                .hasToString("urn:servicedesk:problem:idempotency-key-reused");
        assertThat(Arrays.stream(ProblemType.values()).map(ProblemType::uri).distinct())
                .hasSize(ProblemType.values().length);
    }

    @Test
    void shouldMapBareStatusesToAKind() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.VALIDATION);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.VALIDATION);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
    }
}
