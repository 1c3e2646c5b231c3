package dev.servicedesk.cmdb.dto;

/** What the caller may do with a configuration item now. */
public record CiActions(boolean update, boolean readHistory) {}
