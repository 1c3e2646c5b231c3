package dev.servicedesk.cmdb.change;

import dev.servicedesk.cmdb.CiCriticality;
import dev.servicedesk.cmdb.change.ChangeDocuments.ImpactedItem;
import dev.servicedesk.cmdb.impact.ImpactState;
import dev.servicedesk.identity.Role;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A change request's lifecycle, its risk and who may approve it. Pure. */
final class ChangeRules {
    /** Over this many items hit, a change is of MEDIUM risk; over {@link #MANY}, HIGH. */
    static final int SOME = 10;

    static final int MANY = 50;

    private static final Map<ChangeStatus, List<ChangeStatus>> MOVES = Map.of(
            ChangeStatus.SUBMITTED, List.of(ChangeStatus.ASSESSED, ChangeStatus.CANCELLED),
            ChangeStatus.ASSESSED, List.of(ChangeStatus.APPROVED, ChangeStatus.REJECTED, ChangeStatus.CANCELLED),
            ChangeStatus.APPROVED, List.of(ChangeStatus.SCHEDULED, ChangeStatus.CANCELLED),
            ChangeStatus.SCHEDULED, List.of(ChangeStatus.SCHEDULED, ChangeStatus.IMPLEMENTED, ChangeStatus.CANCELLED),
            ChangeStatus.IMPLEMENTED, List.of(ChangeStatus.VERIFIED, ChangeStatus.FAILED),
            ChangeStatus.VERIFIED, List.of(ChangeStatus.CLOSED),
            ChangeStatus.FAILED, List.of(ChangeStatus.CLOSED),
            ChangeStatus.REJECTED, List.of(ChangeStatus.CLOSED),
            ChangeStatus.CLOSED, List.of(),
            ChangeStatus.CANCELLED, List.of());

    /** Changes whose window may clash with another's: assessed, and not yet verified or failed. */
    static final Set<ChangeStatus> PENDING =
            EnumSet.of(ChangeStatus.ASSESSED, ChangeStatus.APPROVED, ChangeStatus.SCHEDULED, ChangeStatus.IMPLEMENTED);

    private ChangeRules() {}

    static List<ChangeStatus> movesFrom(ChangeStatus status) {
        return MOVES.get(status);
    }

    /**
     * HIGH when one of the items changed or hit is CRITICAL or more than {@link #MANY} are hit;
     * MEDIUM when one is HIGH or more than {@link #SOME} are hit; LOW otherwise. Items that only
     * degrade count for their criticality, not their number.
     */
    static ChangeRisk risk(Collection<CiCriticality> changed, List<ImpactedItem> hit) {
        long down =
                hit.stream().filter(item -> item.state() == ImpactState.DOWN).count();
        Set<CiCriticality> criticalities = EnumSet.noneOf(CiCriticality.class);
        criticalities.addAll(changed);
        hit.forEach(item -> criticalities.add(item.criticality()));
        if (criticalities.contains(CiCriticality.CRITICAL) || down > MANY) {
            return ChangeRisk.HIGH;
        }
        if (criticalities.contains(CiCriticality.HIGH) || down > SOME) {
            return ChangeRisk.MEDIUM;
        }
        return ChangeRisk.LOW;
    }

    /** Whether someone with {@code roles} may approve or reject a change of this type and risk (never its requester). */
    static boolean mayDecide(ChangeType type, ChangeRisk risk, Set<Role> roles) {
        if (roles.contains(Role.ADMIN)) {
            return true;
        }
        if (risk == ChangeRisk.HIGH) {
            return false;
        }
        if (roles.contains(Role.SUPERVISOR)) {
            return true;
        }
        return roles.contains(Role.AGENT) && risk == ChangeRisk.LOW && type != ChangeType.EMERGENCY;
    }

    /** The statuses someone may move the change to now. */
    static List<ChangeStatus> allowed(ChangeRequest change, Set<Role> roles, boolean requester) {
        boolean decides = !requester && change.risk() != null && mayDecide(change.type(), change.risk(), roles);
        return movesFrom(change.status()).stream()
                .filter(to -> decides || (to != ChangeStatus.APPROVED && to != ChangeStatus.REJECTED))
                .toList();
    }
}
