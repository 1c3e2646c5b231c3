package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Responses and jsonb columns write instants through InstantText, as Instant.toString does. */
@QuarkusTest
class InstantJsonTest {
    @Inject
    ObjectMapper mapper;

    @Test
    void shouldWriteInstantsThroughInstantText() throws Exception {
        assertThat(mapper.getSerializerProviderInstance().findValueSerializer(Instant.class))
                .isInstanceOf(InstantText.Serializer.class);
        Instant instant = Instant.parse("2026-12-06T20:21:38.714500Z");
        assertThat(mapper.writeValueAsString(instant)).isEqualTo("\"" + instant + "\"");
    }

    @Test
    void shouldStoreInstantsInJsonColumnsAsInstantToStringWritesThem() {
        Instant instant = Instant.parse("2026-12-06T20:21:38.714500Z");
        assertThat(DatabaseJson.write(instant)).isEqualTo("\"" + instant + "\"");
        assertThat(DatabaseJson.read(DatabaseJson.write(instant), Instant.class))
                .isEqualTo(instant);
    }
}
