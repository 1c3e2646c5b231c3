package dev.servicedesk.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/** Turns Jackson's binding failures into field errors a client can read, without Java type names. */
public final class JsonErrors {
    private static final String BODY = "body";

    private JsonErrors() {}

    /** A body that is not JSON is malformed; JSON of the wrong shape names the field at fault. */
    public static ProblemException toProblem(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping
                && !(e.getCause() instanceof JsonParseException)
                && !isTrailingContent(e)) {
            return new ProblemException(
                    ProblemType.VALIDATION, "The request body has invalid fields.", List.of(fieldError(mapping)));
        }
        return new ProblemException(ProblemType.MALFORMED_BODY, describeSyntaxError(e));
    }

    private static boolean isTrailingContent(JsonProcessingException e) {
        return e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Trailing token");
    }

    private static FieldError fieldError(JsonMappingException e) {
        String field = path(e.getPath());
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a known field");
        }
        if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            Class<?> target = e instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
            if (field.equals(BODY) && target == null) {
                return new FieldError(BODY, "a JSON body is required");
            }
            return new FieldError(field, "must be " + expected(target));
        }
        return new FieldError(field, "is invalid");
    }

    private static String describeSyntaxError(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 1) {
            return "The request body is not valid JSON.";
        }
        return "The request body is not valid JSON (line " + location.getLineNr() + ", column " + location.getColumnNr()
                + ").";
    }

    private static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? BODY : path.toString();
    }

    private static String expected(Class<?> target) {
        if (target == null) {
            return "of another type";
        }
        if (target.isEnum()) {
            return "one of "
                    + Arrays.stream(target.getEnumConstants())
                            .map(Object::toString)
                            .collect(Collectors.joining(", ", "[", "]"));
        }
        if (target == UUID.class) {
            return "a UUID";
        }
        if (Temporal.class.isAssignableFrom(target)) {
            return "an ISO-8601 date-time";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target.isArray() || Iterable.class.isAssignableFrom(target)) {
            return "an array";
        }
        return "an object";
    }
}
