package dev.servicedesk.kb.dto;

/** How many hits have one value of a facet. */
public record FacetCount(String value, long count) {}
