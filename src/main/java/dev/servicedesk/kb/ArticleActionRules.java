package dev.servicedesk.kb;

import dev.servicedesk.identity.Role;
import dev.servicedesk.kb.dto.ArticleActions;
import java.util.Set;
import java.util.UUID;

/**
 * What a caller may do with an article, as the service decides each request: the desk writes,
 * translates and submits; supervisors and admins approve, send back and archive, but never a
 * draft they wrote.
 */
final class ArticleActionRules {
    private ArticleActionRules() {}

    static boolean isDesk(Set<Role> roles) {
        return roles.contains(Role.AGENT)
                || roles.contains(Role.SUPERVISOR)
                || roles.contains(Role.ADMIN)
                || roles.contains(Role.INTEGRATION);
    }

    static boolean isApprover(Set<Role> roles) {
        return roles.contains(Role.SUPERVISOR) || roles.contains(Role.ADMIN);
    }

    /** Whether someone of these roles may read the article: the desk any, others only published PUBLIC ones. */
    static boolean mayRead(Set<Role> roles, Article article) {
        return isDesk(roles) || article.isPublic();
    }

    /** The caller's actions on {@code version} (the language shown) of an article archived or not. */
    static ArticleActions of(Set<Role> roles, UUID personId, LanguageVersion version, boolean archived) {
        if (!isDesk(roles)) {
            return ArticleActions.NONE;
        }
        LanguageVersion.Draft draft = version.draft();
        boolean reviewable = isApprover(roles)
                && draft != null
                && draft.status() == DraftStatus.IN_REVIEW
                && !draft.writerIds().contains(personId);
        return new ArticleActions(
                true,
                true,
                draft != null && draft.status() == DraftStatus.DRAFT,
                reviewable,
                reviewable,
                isApprover(roles) && !archived);
    }
}
