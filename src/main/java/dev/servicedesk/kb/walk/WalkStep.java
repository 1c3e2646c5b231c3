package dev.servicedesk.kb.walk;

import java.time.Instant;

/** A question answered on a walk: the question as it was shown, and the answer chosen (its position and label). */
public record WalkStep(String nodeId, String question, int answer, String label, Instant answeredAt) {}
