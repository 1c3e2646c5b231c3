package dev.servicedesk.escalation.dto;

import org.hibernate.validator.constraints.CodePointLength;

public record EscalationAcknowledgement(
        @CodePointLength(min = 1, max = 2000) String publicMessage) {}
