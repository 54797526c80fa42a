package vn.danvan.report;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;

/**
 * Which units a schedule expects for a period, each exactly once: the units of the schedule active at any time between
 * the start of the cut-off window and the deadline, with units closed by then replaced by their successors on the
 * deadline (so a merger never counts two units, nor a split one twice). Reads unit paths as a read model, like
 * {@code Scope.onUnit}; successors come from {@link OrgStructure#successorsOn}.
 */
@Component
class ReportingUnits {

    private final JdbcClient jdbc;
    private final OrgStructure org;

    ReportingUnits(JdbcClient jdbc, OrgStructure org) {
        this.jdbc = jdbc;
        this.org = org;
    }

    /** The expected units, by id, in tree order. */
    Map<UUID, ExpectedUnit> expected(ReportSchedule schedule, ReportingPeriod period) {
        LocalDate due = schedule.deadline(period).due();
        StringBuilder sql = new StringBuilder("select id, name, path, valid_to from org_unit where ");
        Map<String, Object> params = new HashMap<>();
        if (schedule.isByKind()) {
            UnitSummary root = org.find(schedule.rootUnitId()).orElse(null);
            if (root == null) {
                return Map.of();
            }
            sql.append("path like :prefix and kind in (:kinds)");
            params.put("prefix", root.path() + "%");
            params.put("kinds", schedule.unitKinds().stream().map(Enum::name).toList());
        } else {
            sql.append("id in (:ids)");
            params.put("ids", List.copyOf(schedule.listedUnits()));
        }
        sql.append(" and (valid_from is null or valid_from <= :due) and (valid_to is null or valid_to > :from) order by path");
        params.put("due", Date.valueOf(due));
        params.put("from", Date.valueOf(period.cutOffFrom()));
        Map<UUID, ExpectedUnit> expected = new LinkedHashMap<>();
        List<UUID> closed = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Date validTo = rs.getDate("valid_to");
            if (validTo != null && !validTo.toLocalDate().isAfter(due)) {
                closed.add(id);
            } else {
                expected.put(id, new ExpectedUnit(id, rs.getString("name"), rs.getString("path")));
            }
        });
        for (UUID id : closed) {
            for (UUID successor : org.successorsOn(id, due)) {
                if (!expected.containsKey(successor)) {
                    org.find(successor).ifPresent(u -> expected.put(u.id(), new ExpectedUnit(u.id(), u.name(), u.path())));
                }
            }
        }
        return expected;
    }

    /** Which expected unit a reporting unit's figures count for: itself, or the successor that took it over. */
    UUID countsFor(UUID unitId, Map<UUID, ExpectedUnit> expected, LocalDate due) {
        if (expected.containsKey(unitId)) {
            return unitId;
        }
        Set<UUID> successors = org.successorsOn(unitId, due);
        return successors.stream().filter(expected::containsKey).findFirst().orElse(null);
    }

    /** Whether the schedule asks this unit (or a unit it took over) for a report in the period. */
    boolean isExpected(ReportSchedule schedule, ReportingPeriod period, UUID unitId) {
        Map<UUID, ExpectedUnit> expected = expected(schedule, period);
        return expected.containsKey(unitId);
    }
}
