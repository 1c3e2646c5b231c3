// A frontend's first program against the generated client, compiled with `tsc --strict` in CI so
// that a contract change which breaks typed clients fails the build. It is type-checked, not run.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

type Ticket = components["schemas"]["Ticket"];
type TimelineEntry = components["schemas"]["TimelineEntry"];
type Problem = components["schemas"]["Problem"];
type TicketTransition = components["schemas"]["TicketTransition"];

const desk = createClient<paths>({
  baseUrl: "https://desk.example.org",
  headers: { Authorization: "Bearer <token from the identity provider>" },
});

/** What a UI does with an error: retry a lost race, reload a stale copy, or show the problem. */
export function nextStep(problem: Problem): "retry" | "reload" | "show" | "sign-in" {
  switch (problem.type) {
    case "urn:servicedesk:problem:transient-conflict":
    case "urn:servicedesk:problem:too-many-requests":
    case "urn:servicedesk:problem:service-unavailable":
      return "retry";
    case "urn:servicedesk:problem:precondition-failed":
      return "reload";
    case "urn:servicedesk:problem:unauthorized":
      return "sign-in";
    case "urn:servicedesk:problem:conflict":
      // A state conflict: on a lifecycle move the contract lists the moves still open.
      return problem.allowedTransitions?.length === 0 ? "show" : "reload";
    default:
      return "show";
  }
}

/** The buttons a ticket screen shows: the ticket says what the caller may do now. */
export function buttons(ticket: Ticket): string[] {
  const actions = ticket.allowedActions;
  const shown: string[] = actions.transitions.map((to) => `Move to ${to}`);
  if (actions.reply) shown.push("Reply");
  if (actions.addInternalNote) shown.push("Add internal note");
  if (actions.escalate) shown.push("Escalate");
  if (actions.handBack) shown.push("Hand back");
  if (actions.editableFields.includes("priority")) shown.push("Change priority");
  return shown;
}

/** One line per timeline entry, narrowed by its kind. */
export function describe(entry: TimelineEntry): string {
  switch (entry.kind) {
    case "LINKED":
    case "UNLINKED":
    case "RESOLVED_WITH_PARENT":
      return `${entry.kind} ${entry.link.type} ${entry.link.ticketKey}`;
    case "ROUTED":
      return `routed by rule "${entry.rule.name}"`;
    case "ESCALATED":
    case "ESCALATION_ACKNOWLEDGED":
    case "ESCALATION_DECLINED":
    case "ESCALATION_CLOSED":
      return `${entry.kind} (escalation ${entry.escalationId})`;
    default: {
      const changed = entry.changes.map((change) => `${change.field}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}`);
      return [entry.kind, entry.body ?? "", ...changed].join(" ");
    }
  }
}

/** A ticket's round trip: report a printer jam, read it back, resolve it, read its story. */
export async function printerJam(): Promise<Ticket | Problem> {
  const created = await desk.POST("/api/v1/tickets", {
    params: { header: { "Idempotency-Key": "printer-jam-3f2a" } },
    body: {
      type: "INCIDENT",
      subject: "Printer on floor 3 jams on every page",
      description: "The HP LaserJet by the kitchen pulls two sheets at once and stops.",
      category: "HARDWARE",
      impact: "MEDIUM",
      urgency: "HIGH",
      affectedSystems: ["PRN-3F-KITCHEN"],
      stepsTried: [{ step: "Reloaded the paper tray", effect: "Jammed again on the next page" }],
    },
  });
  if (created.error) {
    return created.error;
  }
  const ticket: Ticket = created.data;

  const read = await desk.GET("/api/v1/tickets/{ticketRef}", { params: { path: { ticketRef: ticket.key } } });
  const etag = read.response.headers.get("ETag");
  if (read.error || etag === null) {
    return read.error ?? ticket;
  }

  const resolve: TicketTransition = {
    to: "RESOLVED",
    resolutionCode: "FIXED",
    resolutionNotes: "Replaced the worn pickup roller; printed 50 pages without a jam.",
  };
  const moved = await desk.POST("/api/v1/tickets/{ticketRef}/transitions", {
    params: { path: { ticketRef: ticket.key }, header: { "If-Match": etag } },
    body: resolve,
  });
  if (moved.error) {
    nextStep(moved.error);
    return moved.error;
  }

  const story = await desk.GET("/api/v1/tickets/{ticketRef}/timeline", {
    params: { path: { ticketRef: ticket.key }, query: { limit: 50 } },
  });
  story.data?.items.map(describe);
  buttons(moved.data);
  return moved.data;
}
