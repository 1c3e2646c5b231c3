package dev.servicedesk.notification;

/** Why a send failed, in a few words fit for the desk's timeline. */
final class Failures {
    private static final int MOST = 300;

    private Failures() {}

    static String describe(Throwable failure) {
        String message = failure.getMessage();
        String text = failure.getClass().getSimpleName() + (message == null ? "" : ": " + message.strip());
        return text.length() <= MOST ? text : text.substring(0, MOST) + "…";
    }
}
