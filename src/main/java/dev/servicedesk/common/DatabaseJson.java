package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How jsonb columns are written and read: a mapper of its own, so that what the REST layer's
 * mapper is tuned for (strict bodies, say) never changes what is stored.
 */
@JsonFormat
@PersistenceUnitExtension
public class DatabaseJson implements FormatMapper {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(InstantText.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private final FormatMapper delegate = new JacksonJsonFormatMapper(MAPPER);

    /** A jsonb column's value, for statements that read rows without an entity. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getName(), e);
        }
    }

    /** A value as its jsonb column holds it, for statements that write rows without an entity. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(
                    "not writable as JSON: " + value.getClass().getName(), e);
        }
    }

    @Override
    public <T> T fromString(CharSequence json, JavaType<T> javaType, WrapperOptions options) {
        return delegate.fromString(json, javaType, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions options) {
        return delegate.toString(value, javaType, options);
    }
}
