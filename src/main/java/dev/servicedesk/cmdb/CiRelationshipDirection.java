package dev.servicedesk.cmdb;

public enum CiRelationshipDirection {
    OUTGOING,
    INCOMING
}
