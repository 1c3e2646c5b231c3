package dev.servicedesk.ticket;

import java.util.UUID;

/** The other end of a link, as a timeline entry about it names it. */
public record LinkReference(TicketLinkType type, UUID ticketId, String ticketKey) {}
