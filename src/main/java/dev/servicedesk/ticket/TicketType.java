package dev.servicedesk.ticket;

import java.util.regex.Pattern;

public enum TicketType {
    INCIDENT("INC"),
    SERVICE_REQUEST("REQ"),
    QUESTION("QST");

    private static final Pattern KEY = Pattern.compile("[A-Za-z]{3}-\\d{1,18}");

    private final String keyPrefix;

    TicketType(String keyPrefix) {
        this.keyPrefix = keyPrefix;
    }

    /** Whether {@code text} has the shape of a human key such as {@code INC-1042} (any case). */
    public static boolean looksLikeKey(String text) {
        return KEY.matcher(text).matches();
    }

    /** The prefix of this type's human keys, as in {@code INC-1042}. */
    public String keyPrefix() {
        return keyPrefix;
    }
}
