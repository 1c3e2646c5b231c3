package dev.servicedesk.email;

import dev.servicedesk.common.IdempotentCreates;
import dev.servicedesk.email.dto.InboundEmailReceipt;
import dev.servicedesk.identity.Caller;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import dev.servicedesk.ticket.TicketMetrics;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The mail gateway hands over what the desk's mailbox received, one raw message at a time. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.INTEGRATION)
public class InboundEmailResource {
    static final String RFC822 = "message/rfc822";

    private final InboundEmailService emails;
    private final CurrentCaller currentCaller;
    private final Vertx vertx;
    private final TicketMetrics tickets;
    private final InboundEmailMetrics metrics;

    InboundEmailResource(
            InboundEmailService emails,
            CurrentCaller currentCaller,
            Vertx vertx,
            TicketMetrics tickets,
            InboundEmailMetrics metrics) {
        this.emails = emails;
        this.currentCaller = currentCaller;
        this.vertx = vertx;
        this.tickets = tickets;
        this.metrics = metrics;
    }

    @POST
    @Path("/inbound-email")
    @Consumes(RFC822)
    public Uni<Response> receive(byte[] message) {
        Caller caller = currentCaller.get();
        return vertx.executeBlocking(() -> MailParser.parse(message == null ? new byte[0] : message))
                .chain(mail -> emails.receive(caller, mail))
                // after the transaction committed, and not for a message received before
                .invoke(received -> {
                    if (!received.replayed()
                            && received.receipt().outcome() == InboundEmailReceipt.Outcome.TICKET_RECORDED) {
                        tickets.created(InboundEmailService.TICKET_TYPE, InboundEmailService.TICKET_CHANNEL);
                    }
                })
                // an unreadable message counts as well as one the service failed on: neither was recorded
                .onFailure()
                .invoke(metrics::notTaken)
                .map(InboundEmailResource::answer);
    }

    private static Response answer(InboundEmailService.Received received) {
        InboundEmailReceipt receipt = received.receipt();
        Response.ResponseBuilder response = receipt.outcome() == InboundEmailReceipt.Outcome.TICKET_RECORDED
                ? Response.created(URI.create("/api/v1/tickets/" + receipt.ticketId()))
                : Response.ok();
        if (received.replayed()) {
            response.header(IdempotentCreates.REPLAYED_HEADER, "true");
        }
        return response.entity(receipt).build();
    }
}
