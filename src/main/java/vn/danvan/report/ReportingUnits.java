package vn.danvan.report;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
        Map<UUID, ExpectedUnit> expected = new LinkedHashMap<>();
        scan(schedule, period, "", (unit, rs) -> expected.put(unit.id(), unit));
        return expected;
    }

    /**
     * Each expected unit once, in tree order, with its own report for the period (if any) and the reports of units
     * closed by the deadline, which count for their successors: one pass over the units and one over the closed ones.
     */
    List<Reported> reported(ReportSchedule schedule, ReportingPeriod period) {
        LocalDate due = schedule.deadline(period).due();
        Map<UUID, Reported> rows = new LinkedHashMap<>();
        List<UUID> unjoined = new ArrayList<>();
        scan(schedule, period, """
                left join report_submission s on s.unit_id = u.id and s.schedule_id = :schedule and s.period_key = :period""",
                (unit, rs) -> {
                    if (rs == null) {
                        unjoined.add(unit.id());
                    }
                    rows.put(unit.id(), new Reported(unit, rs == null ? null : reportOf(rs)));
                });
        String successors = unjoined.isEmpty() ? "" : " or s.unit_id in (:successors)";
        jdbc.sql("""
                select s.unit_id, s.id as submission_id, s.status, s.first_submitted_at from report_submission s
                join org_unit u on u.id = s.unit_id
                where s.schedule_id = :schedule and s.period_key = :period
                  and ((u.valid_to is not null and u.valid_to <= :due)""" + successors + ")")
                .param("schedule", schedule.id()).param("period", period.key()).param("due", Date.valueOf(due))
                .params(unjoined.isEmpty() ? Map.of() : Map.of("successors", unjoined)).query(rs -> {
                    UUID countsFor = countsFor(rs.getObject("unit_id", UUID.class), rows.keySet(), due);
                    if (countsFor != null) {
                        rows.put(countsFor, rows.get(countsFor).withEarlier(reportOf(rs)));
                    }
                });
        return List.copyOf(rows.values());
    }

    /** An expected unit with the report that counts for it, if any. */
    record Reported(ExpectedUnit unit, Report report) {

        Reported withEarlier(Report other) {
            return other == null || (report != null && !other.isBefore(report)) ? this : new Reported(unit, other);
        }
    }

    /** A report as completeness sees it. */
    record Report(UUID id, SubmissionStatus status, Instant firstSubmittedAt) {

        boolean counts() {
            return status.counts() && firstSubmittedAt != null;
        }

        /** Whether this report should stand for the unit rather than the other: counted before not, earlier before later. */
        boolean isBefore(Report other) {
            if (counts() != other.counts()) {
                return counts();
            }
            return counts() && firstSubmittedAt.isBefore(other.firstSubmittedAt);
        }
    }

    private static Report reportOf(ResultSet rs) throws SQLException {
        UUID id = rs.getObject("submission_id", UUID.class);
        if (id == null) {
            return null;
        }
        Timestamp first = rs.getTimestamp("first_submitted_at");
        return new Report(id, SubmissionStatus.valueOf(rs.getString("status")), first == null ? null : first.toInstant());
    }

    private interface UnitRow {
        void accept(ExpectedUnit unit, ResultSet rs) throws SQLException;
    }

    /**
     * Reads the units of the schedule active between the start of the cut-off window and the deadline (with whatever
     * {@code join} adds), in tree order; units closed by the deadline are replaced by their successors, whose rows
     * carry no joined columns.
     */
    private void scan(ReportSchedule schedule, ReportingPeriod period, String join, UnitRow row) {
        LocalDate due = schedule.deadline(period).due();
        StringBuilder sql = new StringBuilder("select u.id, u.name, u.path, u.valid_to");
        if (!join.isEmpty()) {
            sql.append(", s.id as submission_id, s.status, s.first_submitted_at");
        }
        sql.append(" from org_unit u ").append(join).append(" where ");
        Map<String, Object> params = new HashMap<>();
        if (schedule.isByKind()) {
            UnitSummary root = org.find(schedule.rootUnitId()).orElse(null);
            if (root == null) {
                return;
            }
            sql.append("u.path like :prefix and u.kind in (:kinds)");
            params.put("prefix", root.path() + "%");
            params.put("kinds", schedule.unitKinds().stream().map(Enum::name).toList());
        } else {
            sql.append("u.id in (:ids)");
            params.put("ids", List.copyOf(schedule.listedUnits()));
        }
        sql.append(" and (u.valid_from is null or u.valid_from <= :due) and (u.valid_to is null or u.valid_to > :from)")
                .append(" order by u.path");
        params.put("due", Date.valueOf(due));
        params.put("from", Date.valueOf(period.cutOffFrom()));
        params.put("schedule", schedule.id());
        params.put("period", period.key());
        Set<UUID> seen = new HashSet<>();
        List<UUID> closed = new ArrayList<>();
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            UUID id = rs.getObject("id", UUID.class);
            Date validTo = rs.getDate("valid_to");
            if (validTo != null && !validTo.toLocalDate().isAfter(due)) {
                closed.add(id);
            } else if (seen.add(id)) {
                row.accept(new ExpectedUnit(id, rs.getString("name"), rs.getString("path")), rs);
            }
        });
        for (UUID id : closed) {
            for (UUID successor : org.successorsOn(id, due)) {
                if (seen.add(successor)) {
                    org.find(successor).ifPresent(u -> accept(row, new ExpectedUnit(u.id(), u.name(), u.path())));
                }
            }
        }
    }

    private static void accept(UnitRow row, ExpectedUnit unit) {
        try {
            row.accept(unit, null);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Which expected unit a reporting unit's figures count for: itself, or the successor that took it over. */
    UUID countsFor(UUID unitId, Set<UUID> expected, LocalDate due) {
        if (expected.contains(unitId)) {
            return unitId;
        }
        Set<UUID> successors = org.successorsOn(unitId, due);
        return successors.stream().filter(expected::contains).findFirst().orElse(null);
    }

    /** Whether the schedule asks this unit (or a unit it took over) for a report in the period. */
    boolean isExpected(ReportSchedule schedule, ReportingPeriod period, UUID unitId) {
        Map<UUID, ExpectedUnit> expected = expected(schedule, period);
        return expected.containsKey(unitId);
    }
}
