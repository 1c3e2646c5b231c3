package dev.servicedesk.cmdb;

import dev.servicedesk.cmdb.dto.CiActions;
import dev.servicedesk.cmdb.dto.CiView;
import dev.servicedesk.common.EntityTag;
import java.util.UUID;

/**
 * Who is looking at configuration items, and so what they see and may do: the desk sees every
 * item and its history, admins change them; a requester sees only the items they own.
 */
public record CiViewer(UUID person, boolean desk, boolean admin) {
    boolean maySee(ConfigurationItem item) {
        return desk || person.equals(item.ownerId());
    }

    public CiView show(ConfigurationItem item) {
        return CiView.of(item, new CiActions(admin, desk));
    }

    /** The tag of the item as this viewer sees it: the plain version for admins, who change items under it. */
    public String etag(ConfigurationItem item) {
        if (admin) {
            return EntityTag.of(item.version());
        }
        return EntityTag.of(item.version(), desk ? "desk" : "owner");
    }
}
