package dev.servicedesk.cmdb;

/** How the source item of a relationship stands to its target, and the name each side reads it by. */
public enum CiRelationshipType {
    DEPENDS_ON("depends on", "is needed by", true),
    RUNS_ON("runs on", "hosts", true),
    USES("uses", "is used by", true),
    PART_OF("is part of", "consists of", false),
    CONNECTED_TO("connected to", "connected to", false);

    private final String outgoing;
    private final String incoming;
    private final boolean toProvider;

    CiRelationshipType(String outgoing, String incoming, boolean toProvider) {
        this.outgoing = outgoing;
        this.incoming = incoming;
        this.toProvider = toProvider;
    }

    /** The relationship as read from the source item ({@code OUTGOING}) or from the target. */
    public String label(CiRelationshipDirection direction) {
        return direction == CiRelationshipDirection.OUTGOING ? outgoing : incoming;
    }

    /** Whether it reads the same from both ends, so that one relationship of it joins two items at most. */
    public boolean symmetric() {
        return this == CONNECTED_TO;
    }

    /** Whether the target provides for the source, so that providers may stand in for each other. */
    public boolean toProvider() {
        return toProvider;
    }
}
