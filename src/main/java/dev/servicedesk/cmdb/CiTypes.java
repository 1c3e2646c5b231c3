package dev.servicedesk.cmdb;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import dev.servicedesk.audit.AuditAction;
import dev.servicedesk.audit.AuditResourceType;
import dev.servicedesk.audit.AuditTrail;
import dev.servicedesk.cmdb.dto.CiTypeSchemaView;
import dev.servicedesk.common.EntityTag;
import dev.servicedesk.common.FieldError;
import dev.servicedesk.common.ProblemException;
import dev.servicedesk.common.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The types of configuration items and the attribute schema of each, which the admin replaces:
 * never with one that items of the type already recorded (and not retired) would fail.
 */
@ApplicationScoped
public class CiTypes {
    private static final int BATCH = 500;
    private static final int MOST_NAMED = 10;

    private final CiTypeRepository definitions;
    private final CiRepository items;
    private final AttributeSchemas schemas;
    private final Clock clock;
    private final AuditTrail audit;

    CiTypes(CiTypeRepository definitions, CiRepository items, AttributeSchemas schemas, Clock clock, AuditTrail audit) {
        this.definitions = definitions;
        this.audit = audit;
        this.items = items;
        this.schemas = schemas;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<CiTypeDefinition>> all() {
        return definitions.listAll(Sort.by("type"));
    }

    @WithSession
    public Uni<CiTypeDefinition> find(CiType type) {
        return definitions
                .findById(type)
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException("no definition of the type " + type));
    }

    /**
     * The type's definition, share-locked for the caller's transaction: its schema cannot be
     * replaced until that transaction ends, so an item checked against it still satisfies it.
     */
    @WithSession
    public Uni<CiTypeDefinition> definition(CiType type) {
        return definitions
                .findById(type, LockModeType.PESSIMISTIC_READ)
                .onItem()
                .ifNull()
                .failWith(() -> new IllegalStateException("no definition of the type " + type));
    }

    /** Replaces the type's schema under If-Match, after checking it and every item of the type against it. */
    @WithTransaction
    public Uni<CiTypeDefinition> replaceSchema(CiType type, String ifMatch, ObjectNode schema, UUID by) {
        return definitions.findById(type, LockModeType.PESSIMISTIC_WRITE).chain(definition -> {
            EntityTag.requireMatch(ifMatch, definition.version());
            List<FieldError> problems = JsonChecks.problems(schema, "attributesSchema", JsonChecks.SCHEMA_DEPTH);
            if (!problems.isEmpty()) {
                throw ProblemException.invalid(problems);
            }
            Schema usable = schemas.usable(schema, "attributesSchema");
            CiTypeSchemaView before = CiTypeSchemaView.of(definition);
            return failing(type, usable, null, new ArrayList<>())
                    .invoke(failing -> {
                        if (!failing.isEmpty()) {
                            throw new ProblemException(
                                    ProblemType.CONFLICT,
                                    "Items of the type would fail the schema: "
                                            + failing.stream()
                                                    .map(name -> "\"" + name + "\"")
                                                    .collect(Collectors.joining(", "))
                                            + (failing.size() == MOST_NAMED ? " and maybe more" : "")
                                            + ". Change them first.");
                        }
                    })
                    .invoke(() -> definition.replaceSchema(schema, by, clock.instant()))
                    .call(definitions::flush)
                    .call(() -> audit.record(
                            AuditResourceType.CI_TYPE,
                            type,
                            AuditAction.REPLACED,
                            before,
                            CiTypeSchemaView.of(definition)))
                    .replaceWith(definition);
        });
    }

    /** The names of up to ten items of the type, not retired, that fail {@code schema}, from the item after {@code afterId}. */
    private Uni<List<String>> failing(CiType type, Schema schema, UUID afterId, List<String> found) {
        return items.inUseOfType(type, afterId, BATCH).chain(batch -> {
            for (CiRepository.Attributes item : batch) {
                if (found.size() < MOST_NAMED
                        && !AttributeSchemas.passes(schema, item.attributes(), "attributesSchema")) {
                    found.add(item.name());
                }
            }
            if (batch.size() < BATCH || found.size() == MOST_NAMED) {
                return Uni.createFrom().item(found);
            }
            return failing(type, schema, batch.get(batch.size() - 1).id(), found);
        });
    }
}
