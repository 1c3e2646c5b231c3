package dev.servicedesk.kb.walk;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.kb.DecisionTree;
import dev.servicedesk.kb.WalkableTree;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One walk through a decision tree: the revision and language it follows, what it asked and what
 * was answered, until an answer leads to an outcome and the walker says how it went.
 */
@Entity
@Table(name = "kb_walk")
public class Walk {
    @Id
    private UUID id;

    private UUID articleId;
    private String articleKey;
    private String title;
    private int revision;
    private String language;
    private UUID ticketId;
    private UUID walkerId;

    @Enumerated(EnumType.STRING)
    private WalkStatus status;

    @JdbcTypeCode(SqlTypes.JSON)
    private WalkPath path;

    @JdbcTypeCode(SqlTypes.JSON)
    private WalkQuestion question;

    @JdbcTypeCode(SqlTypes.JSON)
    private WalkOutcome outcome;

    private String[] reached;
    private String endNode;
    private Instant startedAt;
    private Instant updatedAt;
    private Instant endedAt;

    @Version
    private long version;

    protected Walk() {}

    /** A walk at the first question of {@code tree}, attached to {@code ticketId} if not null. */
    static Walk start(WalkableTree tree, UUID walkerId, UUID ticketId, Instant at) {
        DecisionTree.Node first = tree.tree().node(tree.tree().start());
        Walk walk = new Walk();
        walk.id = Ids.newId();
        walk.articleId = tree.articleId();
        walk.articleKey = tree.articleKey();
        walk.title = tree.title();
        walk.revision = tree.revision();
        walk.language = tree.language();
        walk.ticketId = ticketId;
        walk.walkerId = walkerId;
        walk.status = WalkStatus.IN_PROGRESS;
        walk.path = WalkPath.EMPTY;
        walk.question = WalkQuestion.of(first);
        walk.reached = new String[] {first.id()};
        walk.startedAt = at;
        walk.updatedAt = at;
        return walk;
    }

    /**
     * Answer {@code nodeId}, the question the walk stands at, with the answer at {@code position}:
     * the walk moves to the next question, or reaches the outcome the answer leads to.
     */
    void answer(DecisionTree tree, String nodeId, int position, Instant at) {
        if (status != WalkStatus.IN_PROGRESS) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    status == WalkStatus.OUTCOME_REACHED
                            ? "The walk has reached its outcome; end it to say how it went."
                            : "The walk has ended (" + status + ").");
        }
        if (!question.nodeId().equals(nodeId)) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The walk stands at question '" + question.nodeId() + "', not '" + nodeId
                            + "': an answer sent twice, or to a question already passed.");
        }
        DecisionTree.Node node = tree.node(nodeId);
        if (position >= node.answers().size()) {
            throw ProblemException.invalid(
                    "answer", "must be below " + node.answers().size() + ", the number of answers to the question");
        }
        DecisionTree.Answer answer = node.answers().get(position);
        path = path.then(new WalkStep(nodeId, node.question(), position, answer.label(), at));
        if (answer.next() != null) {
            DecisionTree.Node next = tree.node(answer.next());
            question = WalkQuestion.of(next);
            reached =
                    Stream.concat(Arrays.stream(reached), Stream.of(next.id())).toArray(String[]::new);
        } else {
            question = null;
            outcome = WalkOutcome.of(answer.outcome(), path);
            status = WalkStatus.OUTCOME_REACHED;
        }
        updatedAt = at;
    }

    /**
     * End the walk with {@code result}: SOLVED or ABANDONED at any point, NOT_SOLVED only once an
     * outcome was reached (before, the walker answers on or gives up). It ends at the question
     * shown, or at the one whose answer gave the outcome.
     */
    void end(WalkStatus result, Instant at) {
        if (status.ended()) {
            throw new ProblemException(ProblemType.CONFLICT, "The walk has already ended (" + status + ").");
        }
        if (result == WalkStatus.NOT_SOLVED && status != WalkStatus.OUTCOME_REACHED) {
            throw new ProblemException(
                    ProblemType.CONFLICT,
                    "The walk has not reached an outcome yet: answer on, or end it SOLVED or ABANDONED.");
        }
        endNode = question != null ? question.nodeId() : path.last().nodeId();
        status = result;
        endedAt = at;
        updatedAt = at;
    }

    /** Attach the walk to the ticket {@code id}: a 409 when it belongs to another one already. */
    void attachTo(UUID id) {
        if (ticketId != null && !ticketId.equals(id)) {
            throw new ProblemException(
                    ProblemType.CONFLICT, "The walk is attached to another ticket; a walk belongs to one ticket.");
        }
        ticketId = id;
    }

    /**
     * The walker left the walk alone: ABANDONED at its question, or, with an outcome reached but
     * never said to have helped or not, UNCONFIRMED (it counts apart from both).
     */
    void leftAlone(Instant at) {
        end(status == WalkStatus.OUTCOME_REACHED ? WalkStatus.UNCONFIRMED : WalkStatus.ABANDONED, at);
    }

    boolean isWalkedBy(UUID personId) {
        return Objects.equals(walkerId, personId);
    }

    public UUID id() {
        return id;
    }

    public UUID articleId() {
        return articleId;
    }

    public String articleKey() {
        return articleKey;
    }

    public String title() {
        return title;
    }

    public int revision() {
        return revision;
    }

    public String language() {
        return language;
    }

    public UUID ticketId() {
        return ticketId;
    }

    public UUID walkerId() {
        return walkerId;
    }

    public WalkStatus status() {
        return status;
    }

    public List<WalkStep> path() {
        return path.steps();
    }

    public WalkQuestion question() {
        return question;
    }

    public WalkOutcome outcome() {
        return outcome;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public long version() {
        return version;
    }
}
