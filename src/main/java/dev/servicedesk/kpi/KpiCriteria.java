package dev.servicedesk.kpi;

import dev.servicedesk.common.SqlParameters;

/** The tickets a statement counts: the caller's scope and the report's filters. */
record KpiCriteria(KpiScope scope, KpiFilters filters) {

    /** The condition on the rows {@code alias} that carry the ticket's values. */
    String where(String alias) {
        return "(" + scope.where(alias) + ") AND (" + filters.where(alias) + ")";
    }

    void bind(SqlParameters parameters) {
        scope.bind(parameters);
        filters.bind(parameters);
    }
}
