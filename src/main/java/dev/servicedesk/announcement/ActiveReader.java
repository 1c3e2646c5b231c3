package dev.servicedesk.announcement;

import java.util.UUID;

/** A requester listing what is going on: who they are and their department, which decide what reaches them. */
record ActiveReader(UUID personId, String department) {}
