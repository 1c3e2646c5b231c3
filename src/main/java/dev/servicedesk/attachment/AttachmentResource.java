package dev.servicedesk.attachment;

import dev.servicedesk.attachment.dto.AttachmentView;
import dev.servicedesk.common.Created;
import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.TicketService;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Files on a ticket and its comments: uploaded one at a time, listed, described and downloaded. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class AttachmentResource {
    private final AttachmentService attachments;
    private final TicketService tickets;
    private final UploadedFiles uploads;
    private final IdempotentCreates idempotentCreates;
    private final CurrentCaller currentCaller;

    AttachmentResource(
            AttachmentService attachments,
            TicketService tickets,
            UploadedFiles uploads,
            IdempotentCreates idempotentCreates,
            CurrentCaller currentCaller) {
        this.attachments = attachments;
        this.tickets = tickets;
        this.uploads = uploads;
        this.idempotentCreates = idempotentCreates;
        this.currentCaller = currentCaller;
    }

    @POST
    @Path("/tickets/{ticketRef}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> addToTicket(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @RestForm(FileUpload.ALL) List<FileUpload> parts) {
        return add(ticketRef, null, idempotencyKey, parts);
    }

    @POST
    @Path("/tickets/{ticketRef}/comments/{commentId}/attachments")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Uni<Response> addToComment(
            @PathParam("ticketRef") String ticketRef,
            @PathParam("commentId") String commentId,
            @HeaderParam(IdempotentCreates.HEADER) String idempotencyKey,
            @RestForm(FileUpload.ALL) List<FileUpload> parts) {
        return add(ticketRef, id("comment", commentId), idempotencyKey, parts);
    }

    private Uni<Response> add(String ticketRef, UUID commentId, String idempotencyKey, List<FileUpload> parts) {
        Caller caller = currentCaller.get();
        // The key is scoped to the ticket itself, however the caller names it (id, INC-5, inc-5).
        return tickets.find(caller, ticketRef)
                .chain(ticket -> uploads.single(parts)
                        .chain(file -> idempotentCreates.create(
                                idempotencyKey,
                                caller.subject(),
                                operation(ticket.id(), commentId),
                                file.fingerprint(),
                                () -> attachments
                                        .add(caller, ticket.id(), commentId, file)
                                        .map(AttachmentResource::created))));
    }

    private static String operation(UUID ticketId, UUID commentId) {
        return "POST /api/v1/tickets/" + ticketId + (commentId == null ? "" : "/comments/" + commentId)
                + "/attachments";
    }

    private static Created created(Attachment added) {
        URI location = URI.create("/api/v1/tickets/" + added.ticketId() + "/attachments/" + added.id());
        return new Created(location, added.etag(), AttachmentView.of(added));
    }

    @GET
    @Path("/tickets/{ticketRef}/attachments")
    public Uni<Page<AttachmentView>> list(
            @PathParam("ticketRef") String ticketRef,
            @QueryParam("commentId") String commentId,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        UUID comment = parameters.uuid("commentId", commentId);
        PageRequest page =
                parameters.include(() -> PageRequest.parseTimeOrdered(limit, cursor, AttachmentService.OLDEST_FIRST));
        parameters.validate();
        return attachments.page(currentCaller.get(), ticketRef, Optional.ofNullable(comment), page);
    }

    @GET
    @Path("/tickets/{ticketRef}/attachments/{attachmentId}")
    public Uni<Response> get(@PathParam("ticketRef") String ticketRef, @PathParam("attachmentId") String attachmentId) {
        return attachments
                .find(currentCaller.get(), ticketRef, id("attachment", attachmentId))
                .map(found -> Response.ok(AttachmentView.of(found))
                        .header(HttpHeaders.ETAG, found.etag())
                        .build());
    }

    @GET
    @Path("/tickets/{ticketRef}/attachments/{attachmentId}/content")
    @Produces(MediaType.WILDCARD)
    public Uni<Response> download(
            @PathParam("ticketRef") String ticketRef,
            @PathParam("attachmentId") String attachmentId,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return attachments
                .download(currentCaller.get(), ticketRef, id("attachment", attachmentId), ifNoneMatch)
                .map(Downloads::response);
    }

    private static UUID id(String resource, String raw) {
        return Ids.parse(raw).orElseThrow(() -> new NotFoundProblem(resource, raw));
    }
}
