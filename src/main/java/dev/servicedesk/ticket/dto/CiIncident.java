package dev.servicedesk.ticket.dto;

import java.util.List;
import java.util.UUID;

/** An open incident on some of a ticket's configuration items, and which of them. */
public record CiIncident(TicketSummary ticket, List<UUID> ciIds) {}
