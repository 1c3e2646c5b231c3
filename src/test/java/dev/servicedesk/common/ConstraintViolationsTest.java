package dev.servicedesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Method;
import java.util.List;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.Test;

/** Field names in 400 answers are the client's names: body properties, or the parameter itself. */
class ConstraintViolationsTest {
    private static final Validator VALIDATOR = Validation.byDefaultProvider()
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();

    record Item(@NotBlank String label) {}

    record Body(
            @NotBlank @Size(max = 10) String subject,
            @Min(0) Integer count,
            List<@Valid Item> items) {}

    static class Resource {
        public void create(@NotNull @Valid Body body, @Max(5) Integer limit) {}
    }

    @Test
    void shouldNameBodyPropertiesWithTheirPath() throws NoSuchMethodException {
        Body body = new Body("far too long a subject", -1, List.of(new Item("ok"), new Item("")));

        assertThat(fields(violations(body, 1))).containsExactly("count", "items[1].label", "subject");
    }

    @Test
    void shouldNameAMissingBodyAndOtherParametersByThemselves() throws NoSuchMethodException {
        assertThat(fields(violations(null, 9))).containsExactly("body", "limit");
    }

    @Test
    void shouldCarryTheConstraintMessage() throws NoSuchMethodException {
        List<FieldError> errors = ConstraintViolations.toFieldErrors(violations(null, 1));

        assertThat(errors).singleElement().extracting(FieldError::message).isEqualTo("must not be null");
    }

    private static ConstraintViolationException violations(Body body, Integer limit) throws NoSuchMethodException {
        Method create = Resource.class.getMethod("create", Body.class, Integer.class);
        return new ConstraintViolationException(
                VALIDATOR.forExecutables().validateParameters(new Resource(), create, new Object[] {body, limit}));
    }

    private static List<String> fields(ConstraintViolationException e) {
        return ConstraintViolations.toFieldErrors(e).stream()
                .map(FieldError::field)
                .toList();
    }
}
