package dev.servicedesk.identity;

import dev.servicedesk.common.Ids;
import dev.servicedesk.common.NotFoundProblem;
import dev.servicedesk.common.Page;
import dev.servicedesk.common.PageRequest;
import dev.servicedesk.common.QueryParameters;
import dev.servicedesk.identity.dto.PersonView;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

/** The desk's directory of people: whom a ticket can be recorded for. */
@Cancellable(false)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
public class PeopleResource {
    private final PersonService people;

    PeopleResource(PersonService people) {
        this.people = people;
    }

    @GET
    @Path("/people")
    public Uni<Page<PersonView>> list(
            @QueryParam("q") String q,
            @QueryParam("email") String email,
            @QueryParam("limit") String limit,
            @QueryParam("cursor") String cursor) {
        QueryParameters parameters = new QueryParameters();
        String text = parameters.text("q", q, 200);
        String exactEmail = parameters.text("email", email, 320);
        PageRequest page = parameters.include(() -> PageRequest.parse(limit, cursor, PersonService.ORDER));
        parameters.validate();
        return people.page(text, exactEmail, page);
    }

    @GET
    @Path("/people/{personId}")
    public Uni<PersonView> get(@PathParam("personId") String personId) {
        return people.find(Ids.parse(personId).orElseThrow(() -> new NotFoundProblem("person", personId)))
                .map(PersonView::of);
    }
}
