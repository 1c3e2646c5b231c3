package dev.servicedesk.cmdb;

public enum CiHistoryAction {
    CREATED,
    UPDATED,
    RELATED,
    UNRELATED
}
