package vn.danvan.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
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
        List<Completeness.Row> rows = new ArrayList<>();
        for (ReportingUnits.Reported r : reporting.reported(schedule, period)) {
            ReportingUnits.Report report = r.report();
            if (report == null) {
                rows.add(new Completeness.Row(r.unit(), null, null, null, false, false));
            } else {
                Instant first = report.counts() ? report.firstSubmittedAt() : null;
                rows.add(new Completeness.Row(r.unit(), report.id(), report.status(), first, report.counts(), deadline.isOnTime(first)));
            }
        }
        return new Completeness(schedule, period, deadline, rows);
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
        params.put("depth", node.path().length());
        Map<String, Accumulator> branches = new HashMap<>();
        jdbc.sql(ROLL_UP).params(params).query(rs -> {
            branches.computeIfAbsent(rs.getString("branch"), k -> new Accumulator())
                    .add(rs.getString("element_code"), rs.getBigDecimal("total"), rs.getInt("n"));
        });
        Map<UUID, String> pathOf = new HashMap<>();
        jdbc.sql(ROLL_UP_CLOSED).params(params).query(rs -> {
            UUID unit = rs.getObject("unit_id", UUID.class);
            String path = pathOf.computeIfAbsent(unit, u -> successorPath(u, due, uncheckedPath(rs)));
            if (path.startsWith(node.path())) {
                branches.computeIfAbsent(branchOf(path, node.path()), k -> new Accumulator())
                        .add(rs.getString("element_code"), rs.getBigDecimal("value"), 1);
            }
        });
        Accumulator total = new Accumulator();
        branches.values().forEach(total::addAll);
        List<RollUp.Line> lines = new ArrayList<>();
        branches.remove(node.path());
        if (!branches.isEmpty()) {
            List<TreeNode> nodes = org.children(Actor.system(), node.id(), due, true);
            Map<UUID, String> childPaths = org.pathsOf(nodes.stream().map(TreeNode::id).toList());
            for (TreeNode child : nodes) {
                Accumulator acc = branches.get(childPaths.get(child.id()));
                if (acc != null) {
                    lines.add(line(child.id(), child.name(), child.hasChildren(), acc, elements, template));
                }
            }
        }
        return new RollUp(schedule, period, template, line(node.id(), node.name(), true, total, elements, template), lines);
    }

    /**
     * Submitted figures of units still open, summed in the database per element and per branch below the node: the
     * node's path followed by the next segment of the unit's path (the node itself when the unit is the node). The
     * reports are matched to their units first ("offset 0" keeps that join apart, so both joins are hash joins over one
     * period's rows instead of a probe per report), then to one index range of the period's figures.
     */
    static final String ROLL_UP = """
            select substring(r.path from 1 for :depth + position('/' in substring(r.path from :depth + 1))) as branch,
                   v.element_code, sum(v.value) as total, count(*) as n
            from (select s.id, u.path from report_submission s join org_unit u on u.id = s.unit_id
                  where s.schedule_id = :schedule and s.period_key = :period and s.status in ('SUBMITTED', 'APPROVED')
                    and u.path like :prefix and u.valid_to is null offset 0) r
            join report_value v on v.submission_id = r.id
            where v.schedule_id = :schedule and v.period_key = :period and v.category = '' and v.element_code in (:codes)
            group by 1, v.element_code""";

    /** Submitted figures of units that have closed: they count where their successors sit. */
    static final String ROLL_UP_CLOSED = """
            select s.unit_id, u.path, v.element_code, v.value
            from report_value v
            join report_submission s on s.id = v.submission_id
            join org_unit u on u.id = s.unit_id
            where v.schedule_id = :schedule and v.period_key = :period and v.category = '' and v.element_code in (:codes)
              and s.schedule_id = :schedule and s.period_key = :period and s.status in ('SUBMITTED', 'APPROVED')
              and u.valid_to is not null""";

    private static String uncheckedPath(java.sql.ResultSet rs) {
        try {
            return rs.getString("path");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The path of the node's child that a path lies under, or the node's own path. */
    private static String branchOf(String path, String nodePath) {
        int slash = path.indexOf('/', nodePath.length());
        return slash < 0 ? nodePath : path.substring(0, slash + 1);
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
        return new RollUp.Line(id, name, hasChildren, acc.reports(), figures, indicators);
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
        Map<String, int[]> byBranch = new HashMap<>();
        for (Completeness.Row row : all.rows()) {
            if (row.unit().path().startsWith(node.path()) && row.unit().path().length() > node.path().length()) {
                int[] counts = byBranch.computeIfAbsent(branchOf(row.unit().path(), node.path()), k -> new int[3]);
                counts[0]++;
                counts[1] += row.submitted() ? 1 : 0;
                counts[2] += row.onTime() ? 1 : 0;
            }
        }
        List<ChildCompleteness> result = new ArrayList<>();
        if (byBranch.isEmpty()) {
            return result;
        }
        List<TreeNode> nodes = org.children(Actor.system(), node.id(), all.deadline().due(), true);
        Map<UUID, String> paths = org.pathsOf(nodes.stream().map(TreeNode::id).toList());
        for (TreeNode child : nodes) {
            int[] counts = byBranch.get(paths.get(child.id()));
            if (counts != null) {
                result.add(new ChildCompleteness(child.id(), child.name(), counts[0], counts[1], counts[2]));
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

    /** Sums and counts per element, and how many reports they come from (the most figures any element has). */
    private static final class Accumulator {
        final Map<String, BigDecimal> sums = new HashMap<>();
        final Map<String, Integer> counts = new HashMap<>();

        void add(String code, BigDecimal sum, int count) {
            sums.merge(code, sum, BigDecimal::add);
            counts.merge(code, count, Integer::sum);
        }

        void addAll(Accumulator other) {
            other.sums.forEach((code, sum) -> add(code, sum, other.counts.get(code)));
        }

        int reports() {
            return counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }
}
