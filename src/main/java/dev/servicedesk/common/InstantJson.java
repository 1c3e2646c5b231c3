package dev.servicedesk.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

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
        mapper.registerModule(InstantText.module());
    }
}
