package vn.danvan.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.AuditedChange;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.Scope;

/**
 * Records every audited change after its transaction commits (the event is kept until recorded, so nothing is lost on
 * a crash) and lets administrators search the trail within their units. There is no way to change or delete an entry.
 */
@Service
public class AuditTrail {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(AuditedChange change) {
        String fields = change.changedFields() == null ? "" : String.join(",", change.changedFields());
        jdbc.sql("""
                insert into audit_entry (occurred_at, recorded_at, actor, unit_id, entity_type, entity_id, action, changed_fields)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(change.occurredAt()), Timestamp.from(clock.instant()), truncate(change.actor(), 100),
                        change.unitId(), truncate(change.entityType(), 60), truncate(change.entityId(), 100),
                        truncate(change.action(), 60), truncate(fields, 1000))
                .update();
    }

    /** Entries the actor may read, newest first: system administrators all, unit administrators their subtrees. */
    @Transactional(readOnly = true)
    public PageOf<AuditEntry> search(Actor actor, AuditFilter filter, Paging paging) {
        if (!actor.holds(Role.UNIT_ADMIN)) {
            throw new AccessDenied();
        }
        Scope scope = actor.scope(Role.UNIT_ADMIN);
        StringBuilder where = new StringBuilder(" from audit_entry e left join org_unit u on u.id = e.unit_id where ");
        Map<String, Object> params = new LinkedHashMap<>();
        if (scope.isEverything()) {
            where.append("1 = 1");
        } else {
            Scope.SqlCondition inScope = scope.onPath("u.path");
            where.append("e.unit_id is not null and ").append(inScope.sql());
            params.putAll(inScope.params());
        }
        if (filter.actor() != null && !filter.actor().isBlank()) {
            where.append(" and lower(e.actor) = :actor");
            params.put("actor", filter.actor().strip().toLowerCase());
        }
        if (filter.entityType() != null && !filter.entityType().isBlank()) {
            where.append(" and e.entity_type = :entityType");
            params.put("entityType", filter.entityType().strip());
        }
        if (filter.entityId() != null && !filter.entityId().isBlank()) {
            where.append(" and e.entity_id = :entityId");
            params.put("entityId", filter.entityId().strip());
        }
        if (filter.action() != null && !filter.action().isBlank()) {
            where.append(" and e.action = :action");
            params.put("action", filter.action().strip());
        }
        if (filter.unitId() != null) {
            where.append(" and e.unit_id = :unitId");
            params.put("unitId", filter.unitId());
        }
        if (filter.from() != null) {
            where.append(" and e.occurred_at >= :from");
            params.put("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.append(" and e.occurred_at < :to");
            params.put("to", startOf(filter.to().plusDays(1)));
        }
        long total = jdbc.sql("select count(*)" + where).params(params).query(Long.class).single();
        List<AuditEntry> entries = new ArrayList<>(jdbc.sql("select e.*, u.name as unit_name" + where
                + " order by e.occurred_at desc, e.id desc limit :limit offset :offset").params(params)
                .param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                        rs.getString("actor"), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                        rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"),
                        fields(rs.getString("changed_fields"))))
                .list());
        return new PageOf<>(entries, paging.page(), paging.size(), total);
    }

    /** The kinds of entity and action recorded so far, for the filter lists. */
    @Transactional(readOnly = true)
    public Map<String, List<String>> vocabulary() {
        Map<String, List<String>> vocabulary = new LinkedHashMap<>();
        vocabulary.put("entityTypes", jdbc.sql("select distinct entity_type from audit_entry order by entity_type")
                .query(String.class).list());
        vocabulary.put("actions", jdbc.sql("select distinct action from audit_entry order by action").query(String.class).list());
        return vocabulary;
    }

    private static Timestamp startOf(LocalDate date) {
        return Timestamp.from(date.atStartOfDay(VIETNAM).toInstant());
    }

    private static List<String> fields(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }

    private static String truncate(String text, int max) {
        if (text == null) {
            return "";
        }
        return text.length() <= max ? text : text.substring(0, max);
    }
}
