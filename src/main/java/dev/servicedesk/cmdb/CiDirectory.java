package dev.servicedesk.cmdb;

import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Configuration items as tickets, routing and SLA policies name them: looked up by id, read only. */
@ApplicationScoped
public class CiDirectory {
    private final CiRepository items;

    CiDirectory(CiRepository items) {
        this.items = items;
    }

    /**
     * The facts of {@code ids}, in their order; a 400 naming {@code field[i]} for each that is no
     * configuration item.
     */
    @WithSession
    public Uni<List<CiFacts>> named(String field, List<UUID> ids) {
        return facts(ids).map(found -> {
            List<FieldError> errors = missing(field, ids, found);
            if (!errors.isEmpty()) {
                throw ProblemException.invalid(errors);
            }
            return ids.stream().map(found::get).toList();
        });
    }

    /** The facts of those of {@code ids} that exist, in their order (a ticket's items, as they are now). */
    @WithSession
    public Uni<List<CiFacts>> existing(List<UUID> ids) {
        return facts(ids)
                .map(found ->
                        ids.stream().map(found::get).filter(Objects::nonNull).toList());
    }

    /** A 400's field errors for those of {@code ids} that are no configuration item, named {@code field[i]}. */
    @WithSession
    public Uni<List<FieldError>> unknown(String field, List<UUID> ids) {
        return facts(ids).map(found -> missing(field, ids, found));
    }

    private static List<FieldError> missing(String field, List<UUID> ids, Map<UUID, CiFacts> found) {
        return IntStream.range(0, ids.size())
                .filter(i -> !found.containsKey(ids.get(i)))
                .mapToObj(i -> new FieldError(field + "[" + i + "]", "is not a configuration item"))
                .toList();
    }

    /** The facts of those of {@code ids} that exist, by id (in the caller's session). */
    @WithSession
    public Uni<Map<UUID, CiFacts>> facts(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return items.facts(List.copyOf(ids))
                .map(found -> found.stream().collect(Collectors.toMap(CiFacts::id, Function.identity())));
    }
}
