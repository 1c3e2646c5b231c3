package dev.servicedesk.attachment;

import dev.servicedesk.attachment.dto.AttachmentView;
import dev.servicedesk.common.ByteSizes;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageCursor;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.ticket.TicketService;
import dev.servicedesk.ticket.TicketService.TicketAction;
import dev.servicedesk.ticket.TimelineService;
import dev.servicedesk.ticket.Visibility;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Files on tickets and their comments. A file takes the visibility of what it belongs to, and every
 * read goes through the ticket's own: whoever may not see the ticket, or the internal note a file
 * is on, is told the file does not exist.
 */
@ApplicationScoped
public class AttachmentService {
    static final String OLDEST_FIRST = "createdAt";

    private final TicketService tickets;
    private final TimelineService timeline;
    private final AttachmentRepository attachments;
    private final AttachmentStore store;
    private final ContentTypes contentTypes;
    private final AttachmentLimits limits;
    private final Clock clock;

    AttachmentService(
            TicketService tickets,
            TimelineService timeline,
            AttachmentRepository attachments,
            AttachmentStore store,
            ContentTypes contentTypes,
            AttachmentLimits limits,
            Clock clock) {
        this.tickets = tickets;
        this.timeline = timeline;
        this.attachments = attachments;
        this.store = store;
        this.contentTypes = contentTypes;
        this.limits = limits;
        this.clock = clock;
    }

    /** Where a file is going: the ticket as its changer stands on it, and what the file belongs to. */
    private record Target(TicketAction action, Attachment.Owner owner) {}

    /**
     * A file added by the caller to the ticket ({@code commentId} null: public) or to one of its
     * comments (only by its author). The ticket stays locked until the transaction ends, so two
     * uploads at once cannot both fit the ticket's last megabytes.
     */
    @WithTransaction
    public Uni<Attachment> add(Caller caller, UUID ticketId, UUID commentId, ReceivedFile file) {
        long maxFile = limits.maxFileSize().asLongValue();
        if (file.size() > maxFile) {
            throw UploadedFiles.tooLarge(file.size(), maxFile);
        }
        return tickets.forChange(caller, ticketId.toString())
                .chain(action -> owner(caller, action, commentId).map(owner -> new Target(action, owner)))
                .call(target -> fitsTheTicket(target.owner(), file))
                .chain(target -> record(target, file));
    }

    /**
     * A file that came by e-mail with what {@code action}'s sender wrote in this transaction: the
     * new ticket ({@code commentId} null, public) or their comment ({@code visibility} its own).
     * Refused (413) past the same limits as an upload.
     */
    public Uni<Attachment> addFromMail(TicketAction action, UUID commentId, Visibility visibility, ReceivedFile file) {
        long maxFile = limits.maxFileSize().asLongValue();
        if (file.size() > maxFile) {
            return Uni.createFrom().failure(UploadedFiles.tooLarge(file.size(), maxFile));
        }
        Target target = new Target(action, new Attachment.Owner(action.ticket().id(), commentId, visibility));
        return fitsTheTicket(target.owner(), file).chain(() -> record(target, file));
    }

    private Uni<Attachment.Owner> owner(Caller caller, TicketAction action, UUID commentId) {
        UUID ticketId = action.ticket().id();
        if (commentId == null) {
            return Uni.createFrom().item(new Attachment.Owner(ticketId, null, Visibility.PUBLIC));
        }
        return timeline.commentOn(caller, action, commentId).map(comment -> {
            if (!action.actor().id().equals(comment.authorId())) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Only the comment's author adds files to it.");
            }
            return new Attachment.Owner(ticketId, commentId, comment.visibility());
        });
    }

    /**
     * Public and internal files each have the ticket's budget, so that what the desk keeps for
     * itself neither uses up the requester's room nor shows in what they are told.
     */
    private Uni<Void> fitsTheTicket(Attachment.Owner owner, ReceivedFile file) {
        long maxTicket = limits.maxTicketSize().asLongValue();
        String kind = owner.visibility() == Visibility.PUBLIC ? "public" : "internal";
        return attachments
                .totalSize(owner.ticketId(), owner.visibility())
                .invoke(held -> {
                    if (held + file.size() > maxTicket) {
                        throw tooLarge("The ticket's " + kind + " files would come to "
                                + ByteSizes.readable(held + file.size()) + "; a ticket holds at most "
                                + ByteSizes.readable(maxTicket) + " of them.");
                    }
                })
                .replaceWithVoid();
    }

    private Uni<Attachment> record(Target target, ReceivedFile file) {
        Instant now = clock.instant();
        TicketAction action = target.action();
        Attachment attachment = new Attachment(
                Ids.newId(),
                target.owner(),
                file,
                contentTypes.detect(file),
                action.actor().id(),
                now);
        return timeline.attached(action, target.owner().visibility(), attachment.reference(), now)
                .chain(() -> attachments.persist(attachment))
                .call(stored -> store.save(stored.id(), file.bytes()));
    }

    /** One page of the files on a ticket the caller may see, oldest first; a requester's only the public ones. */
    @WithSession
    public Uni<Page<AttachmentView>> page(Caller caller, String ticketRef, Optional<UUID> commentId, PageRequest page) {
        return tickets.find(caller, ticketRef)
                .chain(ticket -> attachments.page(ticket.id(), caller.isStaff(), commentId, page))
                .map(rows -> Page.of(
                        rows,
                        page,
                        row -> new PageCursor(OLDEST_FIRST, row.createdAt().toString(), row.id()),
                        AttachmentView::of));
    }

    @WithSession
    public Uni<Attachment> find(Caller caller, String ticketRef, UUID id) {
        return tickets.find(caller, ticketRef)
                .chain(ticket -> attachments.findOn(ticket.id(), id, caller.isStaff()))
                .onItem()
                .ifNull()
                .failWith(() -> new NotFoundProblem("attachment", id.toString()));
    }

    /** A file and its bytes; none when the client's copy is still the file (a 304). */
    public record Download(Attachment attachment, byte[] bytes) {
        boolean clientCopyHolds() {
            return bytes == null;
        }
    }

    @WithSession
    public Uni<Download> download(Caller caller, String ticketRef, UUID id, String ifNoneMatch) {
        return find(caller, ticketRef, id)
                .chain(attachment -> EntityTag.noneMatchHolds(ifNoneMatch, attachment.etag())
                        ? Uni.createFrom().item(new Download(attachment, null))
                        : store.load(attachment.id()).map(bytes -> new Download(attachment, bytes)));
    }

    private static ProblemException tooLarge(String detail) {
        return new ProblemException(ProblemType.PAYLOAD_TOO_LARGE, detail);
    }
}
