package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** A JSON value already written (by PostgreSQL, for one), put into a response as it is. */
@JsonSerialize(using = RawJson.Writer.class)
public record RawJson(String json) {

    public static final class Writer extends StdSerializer<RawJson> {
        public Writer() {
            super(RawJson.class);
        }

        @Override
        public void serialize(RawJson value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeRawValue(value.json());
        }
    }
}
