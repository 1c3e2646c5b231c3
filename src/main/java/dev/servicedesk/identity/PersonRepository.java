package dev.servicedesk.identity;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.LikePattern;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.TextFold;
import dev.servicedesk.identity.dto.NewRequester;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class PersonRepository implements PanacheRepositoryBase<Person, UUID> {
    /**
     * Inserts the person, or updates them only when the token says something new: a busy caller
     * does not rewrite their row on every request. A concurrent first sight waits on the unique
     * subject and then takes the update path. On first sight, a record the desk made for the
     * token's email (no subject yet) is claimed instead of inserting a new one.
     */
    private static final String UPSERT = """
            WITH claimed AS (
                UPDATE person
                   SET subject = :subject, name = :name, email = :email, department = :department,
                       vip = :vip, locale = coalesce(CAST(:locale AS text), locale), search_text = :searchText,
                       updated_at = :now, version = version + 1
                 WHERE id = (SELECT u.id FROM person u
                              WHERE u.subject IS NULL AND lower(u.email) = lower(CAST(:email AS text))
                                AND NOT EXISTS (SELECT 1 FROM person s WHERE s.subject = :subject)
                              ORDER BY u.created_at LIMIT 1)
                RETURNING id)
            INSERT INTO person AS p (id, subject, name, email, department, vip, locale, search_text, created_at,
                                     updated_at, version)
            SELECT CAST(:id AS uuid), CAST(:subject AS text), CAST(:name AS text), CAST(:email AS text),
                   CAST(:department AS text), CAST(:vip AS boolean), CAST(:locale AS text), CAST(:searchText AS text),
                   CAST(:now AS timestamptz), CAST(:now AS timestamptz), 0
             WHERE NOT EXISTS (SELECT 1 FROM claimed)
            ON CONFLICT (subject) DO UPDATE
               SET name = EXCLUDED.name, email = EXCLUDED.email, department = EXCLUDED.department,
                   vip = EXCLUDED.vip, locale = coalesce(EXCLUDED.locale, p.locale),
                   search_text = EXCLUDED.search_text, updated_at = EXCLUDED.updated_at, version = p.version + 1
             WHERE (p.name, p.email, p.department, p.vip, coalesce(EXCLUDED.locale, p.locale))
                   IS DISTINCT FROM (EXCLUDED.name, EXCLUDED.email, EXCLUDED.department, EXCLUDED.vip, p.locale)""";

    /**
     * Records someone the desk names by email, unless a person with that email exists already;
     * two such records made at once for one email become one.
     */
    private static final String RECORD_BY_EMAIL = """
            INSERT INTO person (id, subject, name, email, department, search_text, created_at, updated_at, version)
            SELECT CAST(:id AS uuid), NULL, CAST(:name AS text), CAST(:email AS text), CAST(:department AS text),
                   CAST(:searchText AS text), CAST(:now AS timestamptz), CAST(:now AS timestamptz), 0
             WHERE NOT EXISTS (SELECT 1 FROM person WHERE lower(email) = lower(CAST(:email AS text)))
            ON CONFLICT (lower(email)) WHERE subject IS NULL DO NOTHING""";

    /**
     * The caller's record, written only when the token says something it does not hold yet. The
     * common case, nothing new, is one read that takes no lock: an upsert would lock the row until
     * the end of the transaction and make a busy caller's requests wait for each other.
     */
    Uni<Synced> sync(Caller caller, Instant now) {
        return find("subject", caller.subject())
                .firstResult()
                .chain(known -> known != null && known.matches(caller)
                        ? Uni.createFrom().item(new Synced(known, false))
                        : upsert(caller, now, known).map(written -> new Synced(written, true)));
    }

    /** The caller's record, and whether this sync wrote it (so that it is theirs only once the transaction commits). */
    record Synced(Person person, boolean written) {}

    /** Writes what the token says; {@code known}, the stale record this session holds, is re-read. */
    private Uni<Person> upsert(Caller caller, Instant now, Person known) {
        return getSession()
                .chain(session -> session.createNativeQuery(UPSERT)
                        .setParameter("id", Ids.newId())
                        .setParameter("subject", caller.subject())
                        .setParameter("name", caller.name())
                        .setParameter("email", caller.email())
                        .setParameter("department", caller.department())
                        .setParameter("vip", caller.vip())
                        .setParameter("locale", caller.locale())
                        .setParameter("searchText", Person.searchTextOf(caller.name(), caller.email()))
                        .setParameter("now", now)
                        .executeUpdate())
                .chain(() -> known == null
                        ? find("subject", caller.subject()).singleResult()
                        : getSession().chain(session -> session.refresh(known)).replaceWith(known));
    }

    /** The person with this email (one who has signed in first), recorded now if there is none. */
    Uni<Person> findOrRecord(NewRequester requester, Instant now) {
        return getSession()
                .chain(session -> session.createNativeQuery(RECORD_BY_EMAIL)
                        .setParameter("id", Ids.newId())
                        .setParameter("name", requester.name())
                        .setParameter("email", requester.email())
                        .setParameter("department", requester.department())
                        .setParameter("searchText", Person.searchTextOf(requester.name(), requester.email()))
                        .setParameter("now", now)
                        .executeUpdate())
                .chain(() -> find(
                                "lower(email) = lower(?1) order by case when subject is null then 1 else 0 end,"
                                        + " createdAt, id",
                                requester.email())
                        .firstResult());
    }

    /** One page of people by name, one row long to tell whether more follow. */
    Uni<List<Person>> page(String text, String email, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (text != null) {
            conditions.add("searchText like :text " + LikePattern.ESCAPE);
            parameters.and("text", LikePattern.containing(TextFold.of(text)));
        }
        if (email != null) {
            conditions.add("lower(email) = lower(:email)");
            parameters.and("email", email);
        }
        page.after().ifPresent(after -> {
            conditions.add("(sortName, id) > (:afterName, :afterId)");
            parameters.and("afterName", after.lastValue()).and("afterId", after.lastId());
        });
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        return find(where + " order by sortName, id", parameters)
                .range(0, page.fetchSize() - 1)
                .list();
    }
}
