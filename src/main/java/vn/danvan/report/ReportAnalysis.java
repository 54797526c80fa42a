package vn.danvan.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.TreeNode;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Role;

/**
 * Reading what came in: completeness and timeliness per period, and figures rolled up the tree — always computed from
 * the submitted (or approved) reports, never from stored totals. Open to the coordinating office and leaders of the
 * coordinating unit, and to leaders above it.
 */
@Service
@Transactional(readOnly = true)
public class ReportAnalysis {

    private final ReportDesign design;
    private final ReportingUnits reporting;
    private final OrgStructure org;
    private final JdbcClient jdbc;

    ReportAnalysis(ReportDesign design, ReportingUnits reporting, OrgStructure org, JdbcClient jdbc) {
        this.design = design;
        this.reporting = reporting;
        this.org = org;
        this.jdbc = jdbc;
    }

    public Completeness completeness(Actor actor, UUID scheduleId, String periodKey) {
        ReportSchedule schedule = readable(actor, scheduleId);
        ReportingPeriod period = schedule.period(periodKey);
        Deadline deadline = schedule.deadline(period);
        Map<UUID, ExpectedUnit> expected = reporting.expected(schedule, period);
        Map<UUID, Completeness.Row> best = new HashMap<>();
        jdbc.sql("select id, unit_id, status, first_submitted_at from report_submission where schedule_id = ? and period_key = ?")
                .params(scheduleId, period.key()).query(rs -> {
                    UUID unitId = rs.getObject("unit_id", UUID.class);
                    UUID countsFor = reporting.countsFor(unitId, expected, deadline.due());
                    if (countsFor == null) {
                        return;
                    }
                    SubmissionStatus status = SubmissionStatus.valueOf(rs.getString("status"));
                    Timestamp first = rs.getTimestamp("first_submitted_at");
                    Instant firstAt = status.counts() && first != null ? first.toInstant() : null;
                    Completeness.Row row = new Completeness.Row(expected.get(countsFor), rs.getObject("id", UUID.class), status,
                            firstAt, status.counts(), deadline.isOnTime(firstAt));
                    best.merge(countsFor, row, ReportAnalysis::earlier);
                });
        List<Completeness.Row> rows = new ArrayList<>();
        for (ExpectedUnit unit : expected.values()) {
            rows.add(best.getOrDefault(unit.id(), new Completeness.Row(unit, null, null, null, false, false)));
        }
        return new Completeness(schedule, period, deadline, rows);
    }

    private static Completeness.Row earlier(Completeness.Row a, Completeness.Row b) {
        if (a.submitted() != b.submitted()) {
            return a.submitted() ? a : b;
        }
        if (!a.submitted()) {
            return a;
        }
        return a.firstSubmittedAt().isBefore(b.firstSubmittedAt()) ? a : b;
    }

    /**
     * The figures at a unit of the tree (the schedule's root when none is given) and at each of its children, for the
     * elements asked (all when none).
     */
    public RollUp rollUp(Actor actor, UUID scheduleId, String periodKey, UUID nodeId, List<String> elementCodes) {
        ReportSchedule schedule = readable(actor, scheduleId);
        ReportingPeriod period = schedule.period(periodKey);
        ReportTemplate template = design.template(schedule.templateId());
        LocalDate due = schedule.deadline(period).due();
        UnitSummary node = design.unit(nodeId != null ? nodeId : topOf(schedule));
        List<DataElement> elements = template.elements().stream()
                .filter(e -> e.aggregation() != Aggregation.NONE)
                .filter(e -> elementCodes == null || elementCodes.isEmpty() || elementCodes.contains(e.code())
                        || template.indicators().stream().anyMatch(i -> elementCodes.contains(i.code())
                                && (i.numerator().equals(e.code()) || i.denominator().equals(e.code()))))
                .toList();
        if (elements.isEmpty()) {
            return new RollUp(schedule, period, template, emptyLine(node, false), List.of());
        }
        Map<String, Object> params = new HashMap<>();
        params.put("schedule", scheduleId);
        params.put("period", period.key());
        params.put("codes", elements.stream().map(DataElement::code).toList());
        params.put("prefix", node.path() + "%");
        Map<UUID, String> pathOf = new HashMap<>();
        Map<UUID, Map<String, BigDecimal>> byUnit = new LinkedHashMap<>();
        jdbc.sql("""
                select s.unit_id, u.path, u.valid_to, v.element_code, v.value
                from report_submission s join report_value v on v.submission_id = s.id join org_unit u on u.id = s.unit_id
                where s.schedule_id = :schedule and s.period_key = :period and s.status in ('SUBMITTED', 'APPROVED')
                  and v.category = '' and v.element_code in (:codes) and (u.path like :prefix or u.valid_to is not null)""")
                .params(params).query(rs -> {
                    UUID unit = rs.getObject("unit_id", UUID.class);
                    String path = rs.getString("path");
                    java.sql.Date validTo = rs.getDate("valid_to");
                    if (validTo != null && !pathOf.containsKey(unit)) {
                        path = successorPath(unit, due, path);
                    }
                    pathOf.putIfAbsent(unit, path);
                    byUnit.computeIfAbsent(unit, k -> new HashMap<>()).put(rs.getString("element_code"), rs.getBigDecimal("value"));
                });
        Map<String, Accumulator> children = new LinkedHashMap<>();
        Accumulator total = new Accumulator();
        int depth = node.path().length();
        for (Map.Entry<UUID, Map<String, BigDecimal>> entry : byUnit.entrySet()) {
            String path = pathOf.get(entry.getKey());
            if (path == null || !path.startsWith(node.path())) {
                continue;
            }
            total.add(entry.getValue());
            if (path.length() > depth) {
                String child = path.substring(0, path.indexOf('/', depth) + 1);
                children.computeIfAbsent(child, k -> new Accumulator()).add(entry.getValue());
            }
        }
        List<RollUp.Line> lines = new ArrayList<>();
        if (!children.isEmpty()) {
            List<TreeNode> nodes = org.children(Actor.system(), node.id(), due, true);
            Map<UUID, String> childPaths = org.pathsOf(nodes.stream().map(TreeNode::id).toList());
            for (TreeNode child : nodes) {
                Accumulator acc = children.get(childPaths.get(child.id()));
                if (acc != null) {
                    lines.add(line(child.id(), child.name(), child.hasChildren(), acc, elements, template));
                }
            }
        }
        return new RollUp(schedule, period, template, line(node.id(), node.name(), true, total, elements, template), lines);
    }

    private String successorPath(UUID unit, LocalDate due, String fallback) {
        return org.successorsOn(unit, due).stream().findFirst().flatMap(org::find).map(UnitSummary::path).orElse(fallback);
    }

    private static RollUp.Line emptyLine(UnitSummary node, boolean hasChildren) {
        return new RollUp.Line(node.id(), node.name(), hasChildren, 0, Map.of(), Map.of());
    }

    private static RollUp.Line line(UUID id, String name, boolean hasChildren, Accumulator acc, List<DataElement> elements,
            ReportTemplate template) {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        for (DataElement e : elements) {
            BigDecimal sum = acc.sums.get(e.code());
            if (sum == null) {
                continue;
            }
            figures.put(e.code(), e.aggregation() == Aggregation.AVERAGE
                    ? sum.divide(BigDecimal.valueOf(acc.counts.get(e.code())), new MathContext(12, RoundingMode.HALF_UP)).setScale(2, RoundingMode.HALF_UP)
                    : sum.stripTrailingZeros());
        }
        Map<String, BigDecimal> indicators = new LinkedHashMap<>();
        for (Indicator i : template.indicators()) {
            BigDecimal value = i.valueOf(figures.get(i.numerator()), figures.get(i.denominator()));
            if (value != null) {
                indicators.put(i.code(), value);
            }
        }
        return new RollUp.Line(id, name, hasChildren, acc.reports, figures, indicators);
    }

    /** Where roll-ups start: the root of a schedule by kinds, else the deepest unit above all listed units. */
    private UUID topOf(ReportSchedule schedule) {
        if (schedule.isByKind()) {
            return schedule.rootUnitId();
        }
        java.util.Collection<String> paths = org.pathsOf(schedule.listedUnits()).values();
        UnitSummary current = design.unit(schedule.listedUnits().iterator().next());
        current = current.parentId() == null ? current : design.unit(current.parentId());
        while (current.parentId() != null && !startAll(paths, current.path())) {
            current = design.unit(current.parentId());
        }
        return current.id();
    }

    private static boolean startAll(java.util.Collection<String> paths, String prefix) {
        return paths.stream().allMatch(p -> p.startsWith(prefix));
    }

    /** Completeness of each child of a unit (the schedule's roll-up root when none), counted over its subtree. */
    public List<ChildCompleteness> completenessBelow(Actor actor, UUID scheduleId, String periodKey, UUID nodeId) {
        Completeness all = completeness(actor, scheduleId, periodKey);
        ReportSchedule schedule = all.schedule();
        UnitSummary node = design.unit(nodeId != null ? nodeId : topOf(schedule));
        List<TreeNode> nodes = org.children(Actor.system(), node.id(), all.deadline().due(), true);
        Map<UUID, String> paths = org.pathsOf(nodes.stream().map(TreeNode::id).toList());
        List<ChildCompleteness> result = new ArrayList<>();
        for (TreeNode child : nodes) {
            String prefix = paths.get(child.id());
            List<Completeness.Row> rows = all.rows().stream().filter(r -> r.unit().path().startsWith(prefix)).toList();
            if (!rows.isEmpty()) {
                result.add(new ChildCompleteness(child.id(), child.name(), rows.size(),
                        (int) rows.stream().filter(Completeness.Row::submitted).count(),
                        (int) rows.stream().filter(Completeness.Row::onTime).count()));
            }
        }
        return result;
    }

    /** How many units under one child are expected, have submitted, and did so on time. */
    public record ChildCompleteness(UUID unitId, String name, int expected, int submitted, int onTime) {

        public int late() {
            return submitted - onTime;
        }

        public int missing() {
            return expected - submitted;
        }
    }

    /** The unit roll-ups of a schedule start from. */
    public UUID rollUpRoot(Actor actor, UUID scheduleId) {
        return topOf(readable(actor, scheduleId));
    }

    boolean isExpected(ReportSchedule schedule, ReportingPeriod period, UUID unitId) {
        return reporting.isExpected(schedule, period, unitId);
    }

    /** The schedule, if the actor coordinates it or leads above its coordinating unit or its reporting root. */
    ReportSchedule readable(Actor actor, UUID scheduleId) {
        ReportSchedule schedule = design.schedule(scheduleId);
        UnitSummary coordinator = design.unit(schedule.coordinatingUnitId());
        if (actor.may(coordinator.path(), ReportCollection.DECIDING)) {
            return schedule;
        }
        if (schedule.isByKind() && actor.may(design.unit(schedule.rootUnitId()).path(), Role.LEADER)) {
            return schedule;
        }
        if (!actor.sees(coordinator.path())) {
            throw new ScheduleNotFound();
        }
        throw new AccessDenied();
    }

    private static final class Accumulator {
        final Map<String, BigDecimal> sums = new HashMap<>();
        final Map<String, Integer> counts = new HashMap<>();
        int reports;

        void add(Map<String, BigDecimal> figures) {
            reports++;
            figures.forEach((code, value) -> {
                sums.merge(code, value, BigDecimal::add);
                counts.merge(code, 1, Integer::sum);
            });
        }
    }
}
