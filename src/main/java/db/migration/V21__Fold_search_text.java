package db.migration;

import dev.servicedesk.common.TextFold;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Folds the search text of the tickets and people recorded before V20 exactly as the service
 * folds what it writes ({@link TextFold}), which SQL's lower() under the database's locale cannot.
 * ASCII text folds to its ASCII lower case, which SQL does exactly in the C collation, set-wise;
 * the rest is read through a cursor, folded here and written in batches, so that a large table
 * neither fills memory nor takes a statement per row for text that needs none.
 */
public class V21__Fold_search_text extends BaseJavaMigration {
    private static final int BATCH = 1000;

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String ticketAscii = ascii("subject") + " AND " + ascii("coalesce(description, '')");
        String personText = "coalesce(name, '') || ' ' || coalesce(email, '')";
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE ticket SET search_subject = lower(subject COLLATE \"C\"),"
                    + " search_description = lower(description COLLATE \"C\") WHERE " + ticketAscii);
            statement.executeUpdate("UPDATE person SET search_text = lower((" + personText + ") COLLATE \"C\") WHERE "
                    + ascii(personText));
        }
        fold(
                connection,
                "SELECT id, subject, description FROM ticket WHERE NOT (" + ticketAscii + ")",
                "UPDATE ticket SET search_subject = ?, search_description = ? WHERE id = ?");
        fold(
                connection,
                "SELECT id, " + personText + " FROM person WHERE NOT " + ascii(personText),
                "UPDATE person SET search_text = ? WHERE id = ?");
    }

    private static String ascii(String text) {
        return "(" + text + ") ~ '^[\\x01-\\x7F]*$'";
    }

    /** Reads (id, text…) rows and writes each text folded, then the id, into {@code update}'s parameters. */
    private static void fold(Connection connection, String select, String update) throws SQLException {
        try (Statement rows = connection.createStatement();
                PreparedStatement writes = connection.prepareStatement(update)) {
            rows.setFetchSize(BATCH);
            try (ResultSet row = rows.executeQuery(select)) {
                int texts = row.getMetaData().getColumnCount() - 1;
                int pending = 0;
                while (row.next()) {
                    for (int i = 1; i <= texts; i++) {
                        String text = row.getString(i + 1);
                        writes.setString(i, text == null ? null : TextFold.of(text));
                    }
                    writes.setObject(texts + 1, row.getObject(1));
                    writes.addBatch();
                    if (++pending == BATCH) {
                        writes.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    writes.executeBatch();
                }
            }
        }
    }
}
