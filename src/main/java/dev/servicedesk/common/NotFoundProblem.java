package dev.servicedesk.common;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundProblem extends ProblemException {
    public NotFoundProblem(String resource, Object id) {
        super(ProblemType.NOT_FOUND, "No " + resource + " " + id + " was found.");
    }
}
