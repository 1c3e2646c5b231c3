package dev.servicedesk.escalation;

/** What the requester is told when nobody wrote them a message of their own. */
final class EscalationMessages {
    private EscalationMessages() {}

    static String escalated(EscalationKind kind, int toTier) {
        return kind == EscalationKind.FUNCTIONAL
                ? "Your request has been passed to our tier " + toTier
                        + " support team, who will take it from here. We will keep you informed."
                : "Your request has been brought to a team lead's attention. We will keep you informed.";
    }

    static String accepted(EscalationKind kind) {
        return kind == EscalationKind.FUNCTIONAL
                ? "A specialist has taken on your request and is working on it."
                : "A team lead has taken on your request.";
    }
}
