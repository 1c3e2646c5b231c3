package dev.servicedesk.kb.dto;

import org.hibernate.validator.constraints.CodePointLength;

/** Archives an article, perhaps saying why. */
public record ArticleArchival(@CodePointLength(max = 2000) String reason) {}
