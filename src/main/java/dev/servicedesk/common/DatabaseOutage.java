package dev.servicedesk.common;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Set;

/**
 * Tells a failure of the database from a failure of the request: PostgreSQL could not be reached,
 * went away in the middle, or refused new connections while it starts or stops. Such a request may
 * be sent again once the database is back; nothing in it was wrong.
 */
final class DatabaseOutage {
    /**
     * Connection lost or not made (class 08, but for a protocol violation, which is our fault),
     * shutting down (admin or crash), starting up, or out of connection slots.
     */
    private static final Set<String> UNAVAILABLE_STATES =
            Set.of("08000", "08001", "08003", "08004", "08006", "57P01", "57P02", "57P03", "53300");

    private DatabaseOutage() {}

    static boolean causedBy(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            // Refused, reset, no route: java.net's failures of a connection are SocketExceptions.
            if (cause instanceof SocketException
                    || cause instanceof UnknownHostException
                    || cause instanceof ClosedConnectionException
                    || cause instanceof PgException database && unavailable(database.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    private static boolean unavailable(String sqlState) {
        return sqlState != null && UNAVAILABLE_STATES.contains(sqlState); // Set.of refuses to look up null
    }
}
