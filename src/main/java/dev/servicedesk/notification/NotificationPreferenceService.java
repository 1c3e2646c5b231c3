package dev.servicedesk.notification;

import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.PersonService;
import dev.servicedesk.notification.dto.NotificationPreferencesUpdate;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Which notifications a person gets: every kind unless they opted out of it, never of an essential one. */
@ApplicationScoped
public class NotificationPreferenceService implements PanacheRepositoryBase<NotificationPreference, UUID> {
    private final PersonService people;
    private final Clock clock;

    NotificationPreferenceService(PersonService people, Clock clock) {
        this.people = people;
        this.clock = clock;
    }

    @WithSession
    public Uni<NotificationPreference> of(Caller caller) {
        return of(caller, LockModeType.NONE);
    }

    private Uni<NotificationPreference> of(Caller caller, LockModeType lock) {
        return people.sync(caller)
                .chain(person -> findById(person.id(), lock)
                        .map(found -> found != null ? found : NotificationPreference.none(person.id())));
    }

    @WithTransaction
    public Uni<NotificationPreference> replace(Caller caller, String ifMatch, NotificationPreferencesUpdate update) {
        List<NotificationKind> kinds = update.optedOut();
        if (new HashSet<>(kinds).size() < kinds.size()) {
            throw ProblemException.invalid("optedOut", "names a kind more than once");
        }
        kinds.stream().filter(NotificationKind::essential).findFirst().ifPresent(kind -> {
            throw ProblemException.invalid("optedOut", kind + " is essential and cannot be opted out of");
        });
        // Locked while it is replaced; two first replacements at once meet on the key (a 409 to retry).
        return of(caller, LockModeType.PESSIMISTIC_WRITE).chain(preference -> {
            EntityTag.requireMatch(ifMatch, preference.version());
            preference.optOutOf(kinds, clock.instant());
            return persist(preference).call(this::flush);
        });
    }
}
