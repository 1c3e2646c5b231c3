package dev.servicedesk.ticket;

import dev.servicedesk.cmdb.CiDirectory;
import dev.servicedesk.cmdb.CiFacts;
import dev.servicedesk.cmdb.CiStatus;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The configuration items a ticket names, each checked as it is named. */
@ApplicationScoped
class NamedCis {
    static final String FIELD = "ciIds";

    private final CiDirectory directory;

    NamedCis(CiDirectory directory) {
        this.directory = directory;
    }

    /**
     * The facts of {@code named}, in order: each named once, an item that exists and, when an
     * {@code owner} is given (a requester names only their own), is theirs; one the ticket has
     * not {@code kept} from before must not be RETIRED. A 400 names each that fails, and an item
     * a requester may not see reads as one that does not exist.
     */
    Uni<List<CiFacts>> check(List<UUID> named, Collection<UUID> kept, UUID owner) {
        if (named.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return directory.facts(named).map(found -> {
            List<FieldError> errors = new ArrayList<>();
            Set<UUID> seen = new HashSet<>();
            for (int i = 0; i < named.size(); i++) {
                UUID id = named.get(i);
                CiFacts item = found.get(id);
                String field = FIELD + "[" + i + "]";
                if (!seen.add(id)) {
                    errors.add(new FieldError(field, "is named twice"));
                } else if (item == null || (owner != null && !owner.equals(item.ownerId()))) {
                    errors.add(new FieldError(
                            field,
                            owner == null ? "is not a configuration item" : "is not a configuration item of yours"));
                } else if (item.status() == CiStatus.RETIRED && !kept.contains(id)) {
                    errors.add(new FieldError(field, "is RETIRED"));
                }
            }
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return named.stream().map(found::get).toList();
        });
    }
}
