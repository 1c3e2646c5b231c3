package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import dev.servicedesk.support.Contract;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
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
    void shouldListEveryKindInTheContract() {
        Schema<?> type = (Schema<?>) new OpenAPIV3Parser()
                .readContents(Contract.text())
                .getOpenAPI()
                .getComponents()
                .getSchemas()
                .get("Problem")
                .getProperties()
                .get("type");

        assertThat(type.getEnum().stream().map(Object::toString))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(ProblemType.values())
                        .map(kind -> kind.uri().toString())
                        .toList());
        for (ProblemType kind : ProblemType.values()) {
            String urn = kind.uri().toString().substring("urn:servicedesk:problem:".length());
            assertThat(type.getDescription()).contains("| `" + urn + "` | " + kind.status() + " |");
        }
    }

    @Test
    void shouldMapBareStatusesToAKind() {
        assertThat(ProblemType.forStatus(404)).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(ProblemType.forStatus(409)).isEqualTo(ProblemType.CONFLICT);
        assertThat(ProblemType.forStatus(400)).isEqualTo(ProblemType.VALIDATION);
        assertThat(ProblemType.forStatus(418)).isEqualTo(ProblemType.VALIDATION);
        assertThat(ProblemType.forStatus(502)).isEqualTo(ProblemType.INTERNAL);
    }
}
