package dev.servicedesk.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.time.Instant;

/** Responses write instants through {@link InstantText}, not the framework's formatter. */
@Singleton
public class InstantJson implements ObjectMapperCustomizer {
    /** Last, after the framework has registered its modules: its Instant serializer is the one replaced. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(
                new SimpleModule("instant-text").addSerializer(Instant.class, new InstantText.Serializer()));
    }
}
