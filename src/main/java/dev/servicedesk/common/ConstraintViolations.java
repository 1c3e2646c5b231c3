package dev.servicedesk.common;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Field names for Bean Validation failures as the client sent them, not as Java names them. */
public final class ConstraintViolations {
    private ConstraintViolations() {}

    static boolean concernReturnValue(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .anyMatch(violation -> kinds(violation).contains(ElementKind.RETURN_VALUE));
    }

    public static List<FieldError> toFieldErrors(ConstraintViolationException e) {
        return e.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), violation.getMessage()))
                .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
                .toList();
    }

    /**
     * A method parameter's path is {@code method.param[.property...]}: a body parameter is named
     * by its properties alone, any other parameter by its own name (resources name their entity
     * parameter {@code body}, so that a missing body reads as such).
     */
    private static String field(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {}
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable() && node.getIndex() != null && !names.isEmpty()) {
                        int last = names.size() - 1;
                        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
                    }
                    if (node.getName() != null) {
                        names.add(node.getName());
                    }
                }
            }
        }
        if (!names.isEmpty()) {
            return String.join(".", names);
        }
        return parameter == null ? "body" : parameter;
    }

    private static List<ElementKind> kinds(ConstraintViolation<?> violation) {
        List<ElementKind> kinds = new ArrayList<>();
        violation.getPropertyPath().forEach(node -> kinds.add(node.getKind()));
        return kinds;
    }
}
