package dev.servicedesk.kb;

import dev.servicedesk.common.LanguageTags;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.CurrentCaller;
import dev.servicedesk.identity.Roles;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.Cancellable;

/** Knowledge base articles that may solve a ticket, for those who may read the ticket. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class TicketSuggestionResource {
    private static final int DEFAULT_LIMIT = 5;
    private static final int MAX_LIMIT = 20;

    private final ArticleSuggestions suggestions;
    private final CurrentCaller currentCaller;

    TicketSuggestionResource(ArticleSuggestions suggestions, CurrentCaller currentCaller) {
        this.suggestions = suggestions;
        this.currentCaller = currentCaller;
    }

    @GET
    @Path("/tickets/{ticketRef}/kb-suggestions")
    public Uni<Response> suggest(
            @PathParam("ticketRef") String ticketRef,
            @HeaderParam("Accept-Language") String acceptLanguage,
            @QueryParam("limit") String limit) {
        QueryParameters parameters = new QueryParameters();
        Integer size = parameters.integer("limit", limit, 1, MAX_LIMIT);
        parameters.validate();
        return suggestions
                .suggest(
                        currentCaller.get(),
                        ticketRef,
                        LanguageTags.preferences(acceptLanguage),
                        size == null ? DEFAULT_LIMIT : size)
                .map(list -> Response.ok(list)
                        .header(HttpHeaders.VARY, "Accept-Language")
                        .build());
    }
}
