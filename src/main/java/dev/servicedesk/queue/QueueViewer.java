package dev.servicedesk.queue;

import dev.servicedesk.queue.dto.QueueActions;
import dev.servicedesk.queue.dto.QueueView;
import java.util.List;
import java.util.UUID;

/**
 * Who is looking at queues, and so what they may do with each: admins change queues; those who
 * work a queue (members, its supervisor), admins and integrations list its tickets.
 */
public record QueueViewer(UUID person, boolean admin, boolean worksEveryQueue) {
    QueueView show(Queue queue, List<UUID> memberIds) {
        boolean works = worksEveryQueue || person.equals(queue.supervisorId()) || memberIds.contains(person);
        return QueueView.of(queue, memberIds, new QueueActions(admin, works));
    }

    QueueView show(QueueState state) {
        return show(state.queue(), state.memberIds());
    }
}
