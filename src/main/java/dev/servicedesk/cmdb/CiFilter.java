package dev.servicedesk.cmdb;

import dev.servicedesk.common.PageRequest;
import dev.servicedesk.identity.PersonFilter;
import java.util.List;

/** The list's filters; {@code text} as sent (folded when searched). */
public record CiFilter(
        List<CiType> types,
        List<CiStatus> statuses,
        List<CiEnvironment> environments,
        List<CiCriticality> criticalities,
        PersonFilter owner,
        String text,
        PageRequest page) {
    static final String ORDER = "name";
}
