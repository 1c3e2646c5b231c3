package dev.servicedesk.kb;

import dev.servicedesk.identity.Role;
import java.util.Set;
import java.util.UUID;

/** Who reads an article: their roles, and for the desk their person id (for what they may do). */
record ArticleReader(Set<Role> roles, UUID personId) {
    boolean desk() {
        return ArticleActionRules.isDesk(roles);
    }
}
