package dev.servicedesk.ticket;

import io.smallrye.mutiny.Uni;

/** Classifies and routes a new ticket before it is recorded (the routing rules do). */
public interface TicketRouter {
    Uni<RoutingDecision> route(RoutingRequest ticket);
}
