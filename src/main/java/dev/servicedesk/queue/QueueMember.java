package dev.servicedesk.queue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** An agent who works a queue; {@code position} keeps the order the admin named them in. */
@Entity
@Table(name = "queue_member")
@IdClass(QueueMember.Key.class)
class QueueMember {
    @Id
    private UUID queueId;

    @Id
    private UUID personId;

    private int position;

    protected QueueMember() {}

    QueueMember(UUID queueId, UUID personId, int position) {
        this.queueId = queueId;
        this.personId = personId;
        this.position = position;
    }

    UUID queueId() {
        return queueId;
    }

    UUID personId() {
        return personId;
    }

    record Key(UUID queueId, UUID personId) implements Serializable {}
}
