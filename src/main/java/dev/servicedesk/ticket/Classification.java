package dev.servicedesk.ticket;

/** How a ticket is classified: what it is about, how bad, how urgent, and how it came in. */
record Classification(Category category, Impact impact, Urgency urgency, Priority priority, Channel channel) {}
