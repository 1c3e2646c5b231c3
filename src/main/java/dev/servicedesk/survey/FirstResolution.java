package dev.servicedesk.survey;

/**
 * What makes a placed {@code ticket.transitioned} event to RESOLVED (aliased {@code e}) the
 * ticket's first resolution: no earlier one in the ticket's stream. The survey offer and its
 * invitation share this one rule, so an invitation never announces a survey that was not offered.
 */
public final class FirstResolution {
    /** A subquery finding an earlier resolution of {@code e}'s ticket: the first is one where NOT EXISTS holds. */
    public static final String EARLIER_RESOLUTION = """
            SELECT 1 FROM domain_event earlier
             WHERE earlier.subject_type = e.subject_type AND earlier.subject_id = e.subject_id
               AND earlier.subject_sequence < e.subject_sequence
               AND earlier.type = 'ticket.transitioned' AND earlier.data ->> 'to' = 'RESOLVED'""";

    private FirstResolution() {}
}
