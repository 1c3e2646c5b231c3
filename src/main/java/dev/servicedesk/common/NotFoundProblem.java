package dev.servicedesk.common;

import io.smallrye.mutiny.Uni;
import java.util.Optional;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundProblem extends ProblemException {
    public NotFoundProblem(String resource, Object id) {
        super(ProblemType.NOT_FOUND, "No " + resource + " " + id + " was found.");
    }

    /** What {@code found} finds, or empty where it is a 404 (or null): for asking whether the caller may see it. */
    public static <T> Uni<Optional<T>> orEmpty(Uni<T> found) {
        return found.map(Optional::ofNullable).onFailure(NotFoundProblem.class).recoverWithItem(Optional.empty());
    }
}
