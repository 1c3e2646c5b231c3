package dev.servicedesk.queue;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

@ApplicationScoped
class QueueMemberRepository implements PanacheRepositoryBase<QueueMember, QueueMember.Key> {

    /** The members of each queue, in their order; every queue asked for has an entry. */
    Uni<Map<UUID, List<UUID>>> membersOf(Collection<UUID> queueIds) {
        Map<UUID, List<UUID>> members = new LinkedHashMap<>();
        queueIds.forEach(id -> members.put(id, new ArrayList<>()));
        if (queueIds.isEmpty()) {
            return Uni.createFrom().item(members);
        }
        return list("queueId in ?1 order by queueId, position", queueIds).map(rows -> {
            rows.forEach(row -> members.get(row.queueId()).add(row.personId()));
            return members;
        });
    }

    /** Makes {@code personIds}, in this order, the queue's members. */
    Uni<Void> replace(UUID queueId, List<UUID> personIds) {
        List<QueueMember> rows = IntStream.range(0, personIds.size())
                .mapToObj(i -> new QueueMember(queueId, personIds.get(i), i))
                .toList();
        return delete("queueId", queueId)
                .chain(this::flush)
                .chain(() -> rows.isEmpty() ? Uni.createFrom().voidItem() : persist(rows.stream()));
    }
}
