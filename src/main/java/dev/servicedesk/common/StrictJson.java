package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * A body says exactly what it means: one JSON document, nothing after it, and every value of the
 * type the contract gives. The mapper coerces nothing (no "7" for 7, no 1.5 or 1.0 for 1, no
 * number for a timestamp, a date or an enum, no empty text for null); such a value is a 400
 * naming the field. Whole numbers are still numbers where the contract takes any number.
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {
    /** Last, after the framework has registered its modules: its Instant deserializer takes numbers. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        mapper.disable(MapperFeature.ALLOW_COERCION_OF_SCALARS);
        // An enum by its position ("impact": 0) or a date by its epoch day is a number, not a name or a date.
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.setDefaultLeniency(false);
        refuse(mapper, LogicalType.Integer, CoercionInputShape.Float, CoercionInputShape.String);
        refuse(mapper, LogicalType.Float, CoercionInputShape.String);
        refuse(mapper, LogicalType.Boolean, CoercionInputShape.Integer, CoercionInputShape.String);
        refuse(
                mapper,
                LogicalType.Textual,
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean);
        for (LogicalType type : LogicalType.values()) {
            if (type != LogicalType.Textual) {
                refuse(mapper, type, CoercionInputShape.EmptyString);
            }
        }
        mapper.registerModule(new SimpleModule("strict-instants").addDeserializer(Instant.class, new TextInstants()));
    }

    private static void refuse(ObjectMapper mapper, LogicalType type, CoercionInputShape... shapes) {
        for (CoercionInputShape shape : shapes) {
            mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
        }
    }

    /**
     * Instants only as ISO-8601 text ("2026-03-01T09:30:00Z", an offset allowed): the framework's
     * deserializer also takes epoch numbers, bare or quoted ("1700000000").
     */
    private static final class TextInstants extends StdScalarDeserializer<Instant> {
        TextInstants() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            try {
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.parse(text, Instant::from);
            } catch (DateTimeParseException e) {
                return (Instant) context.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 date-time");
            }
        }
    }
}
