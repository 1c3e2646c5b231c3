package dev.servicedesk.identity;

import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.Cancellable;

@Cancellable(false)
@Path("/api/v1")
public class MeResource {
    private final CurrentCaller currentCaller;
    private final PersonService people;

    MeResource(CurrentCaller currentCaller, PersonService people) {
        this.currentCaller = currentCaller;
        this.people = people;
    }

    @GET
    @Path("/me")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.REQUESTER, Roles.AGENT, Roles.SUPERVISOR, Roles.ADMIN, Roles.INTEGRATION})
    public Uni<Me> me() {
        Caller caller = currentCaller.get();
        return people.sync(caller).map(person -> Me.of(person, caller));
    }
}
