package vn.danvan.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentView;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.plan.extraction.Comparison;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Scope;

/**
 * Reading plans: the list by unit and year, a plan's page with its targets, task tree, adoption and the units' progress
 * rolled up, a unit's tasks, and overdue tasks under a unit — always within the caller's units.
 */
@Service
@Transactional(readOnly = true)
public class PlanQueries {

    private final PlanDesk desk;
    private final TaskUpdates updates;
    private final OrgStructure org;
    private final DocumentRegistry documents;
    private final JdbcClient jdbc;
    private final Clock clock;

    PlanQueries(PlanDesk desk, TaskUpdates updates, OrgStructure org, DocumentRegistry documents, JdbcClient jdbc,
            Clock clock) {
        this.desk = desk;
        this.updates = updates;
        this.org = org;
        this.documents = documents;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Plans of the unit's subtree (of all the actor's units when none is given) that cover the year, if one is given. */
    public PageOf<PlanSummary> list(Actor actor, UUID unitId, Integer year, PlanStatus status, Paging paging) {
        Scope.SqlCondition scope = actor.scope().onPath("u.path");
        StringBuilder where = new StringBuilder(" where " + scope.sql());
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        if (unitId != null) {
            UnitSummary unit = org.visible(actor, unitId);
            where.append(" and u.path like :unitPath");
            params.put("unitPath", unit.path() + "%");
        }
        if (year != null) {
            if (year < 1945 || year > 2100) {
                throw InvalidInput.field("year", "plan.period.out-of-range");
            }
            where.append(" and p.period_start <= :yearEnd and p.period_end >= :yearStart");
            params.put("yearStart", LocalDate.of(year, 1, 1));
            params.put("yearEnd", LocalDate.of(year, 12, 31));
        }
        if (status != null) {
            where.append(" and p.status = :status");
            params.put("status", status.name());
        }
        long total = jdbc.sql("select count(*) from plan p join org_unit u on u.id = p.owning_unit_id" + where).params(params)
                .query(Long.class).single();
        List<PlanSummary> items = jdbc.sql("""
                select p.id, p.title, p.owning_unit_id, u.name unit_name, p.period_start, p.period_end, p.status, p.issued_on,
                       p.parent_plan_id, (select count(*) from plan_task t where t.plan_id = p.id) task_count
                from plan p join org_unit u on u.id = p.owning_unit_id""" + where
                + " order by p.period_start desc, u.path, p.title limit :limit offset :offset")
                .params(params).param("limit", paging.size()).param("offset", paging.offset())
                .query((rs, n) -> new PlanSummary(uuid(rs, "id"), rs.getString("title"), uuid(rs, "owning_unit_id"),
                        rs.getString("unit_name"), date(rs, "period_start"), date(rs, "period_end"),
                        PlanStatus.valueOf(rs.getString("status")), date(rs, "issued_on"), uuid(rs, "parent_plan_id"),
                        rs.getInt("task_count")))
                .list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** Everything a plan's page shows. */
    public PlanView view(Actor actor, UUID planId) {
        Plan plan = desk.visiblePlan(actor, planId);
        LocalDate today = LocalDate.now(clock);
        List<TaskRecord> taskRecords = taskRecords(planId);
        Map<UUID, List<PlanView.CoordinatorView>> coordinators = new HashMap<>();
        Set<UUID> unitIds = new HashSet<>();
        unitIds.add(plan.owningUnitId());
        List<Object[]> coordinationRows = jdbc.sql("""
                select c.task_id, c.unit_id, c.contribution, c.progress from plan_task_coordinator c
                join plan_task t on t.id = c.task_id where t.plan_id = ?""").param(planId)
                .query((rs, n) -> new Object[] { uuid(rs, "task_id"), uuid(rs, "unit_id"), rs.getString("contribution"),
                        rs.getObject("progress", Integer.class) })
                .list();
        taskRecords.forEach(t -> unitIds.add(t.leadUnitId));
        coordinationRows.forEach(r -> unitIds.add((UUID) r[1]));
        List<TargetRecord> targetRecords = targetRecords("t.plan_id in (:ids)", List.of(planId));
        Map<UUID, List<Object[]>> allocations = new HashMap<>();
        jdbc.sql("select a.target_id, a.unit_id, a.amount from plan_allocation a join plan_target t on t.id = a.target_id "
                + "where t.plan_id = ?").param(planId).query((rs, n) -> new Object[] { uuid(rs, "target_id"),
                        uuid(rs, "unit_id"), rs.getBigDecimal("amount") })
                .list().forEach(r -> {
                    allocations.computeIfAbsent((UUID) r[0], k -> new ArrayList<>()).add(r);
                    unitIds.add((UUID) r[1]);
                });
        List<PlanView.Adoption> adoption = adoption(planId, unitIds);
        Map<UUID, String> names = names(unitIds);
        coordinationRows.forEach(r -> coordinators.computeIfAbsent((UUID) r[0], k -> new ArrayList<>())
                .add(new PlanView.CoordinatorView((UUID) r[1], names.get((UUID) r[1]), (String) r[2], (Integer) r[3])));
        coordinators.values().forEach(list -> list.sort(java.util.Comparator.comparing(PlanView.CoordinatorView::unitName,
                java.util.Comparator.nullsLast(vn.danvan.shared.VietnameseText.order()))));

        Map<UUID, int[]> unitsProgress = new HashMap<>();
        if (!adoption.isEmpty() && !taskRecords.isEmpty()) {
            jdbc.sql("""
                    select c.implements_id, sum(c.progress) total, count(*) n from plan_task s
                    join plan_task c on c.implements_id = s.id
                    where s.plan_id = ? and c.status <> 'CANCELLED' group by c.implements_id""")
                    .param(planId)
                    .query((rs, n) -> unitsProgress.put(uuid(rs, "implements_id"), new int[] { rs.getInt("total"), rs.getInt("n") }))
                    .list();
        }
        List<PlanView.TaskView> taskViews = tree(taskRecords, names, coordinators, unitsProgress, today);
        Integer progress = TaskProgress.derived(taskViews.stream().filter(t -> t.depth() == 0)
                .map(t -> new TaskProgress.Part(t.weight(), t.status(), t.progress())).toList());

        Map<UUID, List<TargetRecord>> implementing = new HashMap<>();
        if (!targetRecords.isEmpty() && !adoption.isEmpty()) {
            targetRecords("t.implements_id in (select s.id from plan_target s where s.plan_id in (:ids))", List.of(planId))
                    .forEach(r -> implementing.computeIfAbsent(r.implementsId, k -> new ArrayList<>()).add(r));
        }
        List<PlanView.TargetView> targetViews = targetRecords.stream().map(t -> targetView(t,
                allocations.getOrDefault(t.id, List.of()), names, implementing.getOrDefault(t.id, List.of()))).toList();

        String documentSymbol = plan.documentId() == null ? null
                : documents.find(actor, plan.documentId()).map(DocumentView::symbol).orElse(null);
        String parentTitle = plan.parentPlanId() == null ? null
                : jdbc.sql("select title from plan where id = ?").param(plan.parentPlanId()).query(String.class).optional()
                        .orElse(null);
        return new PlanView(plan.id(), plan.title(), plan.owningUnitId(), names.get(plan.owningUnitId()),
                plan.period().start(), plan.period().end(), plan.status(), plan.issuedOn(), plan.closedOn(),
                plan.documentId(), documentSymbol, plan.parentPlanId(), parentTitle, plan.objectives(), progress,
                plan.updatedAt(), plan.updatedBy(), plan.version(), targetViews, taskViews, named(adoption, names));
    }

    /** One task of a plan, as in the plan's view, with its reports. */
    public TaskDetails task(Actor actor, UUID taskId) {
        UUID planId = jdbc.sql("select plan_id from plan_task where id = ?").param(taskId).query(UUID.class).optional()
                .orElseThrow(TaskNotFound::new);
        PlanView plan = view(actor, planId);
        PlanView.TaskView task = plan.tasks().stream().filter(t -> t.id().equals(taskId)).findFirst()
                .orElseThrow(TaskNotFound::new);
        boolean hasSubTasks = plan.tasks().stream().anyMatch(t -> taskId.equals(t.parentId()));
        return new TaskDetails(plan, task, hasSubTasks, updates.history(taskId));
    }

    /** The plan a target belongs to. */
    public UUID planOfTarget(UUID targetId) {
        return jdbc.sql("select plan_id from plan_target where id = ?").param(targetId).query(UUID.class).optional()
                .orElseThrow(TargetNotFound::new);
    }

    /** An evidence file of a task the actor sees. */
    public EvidenceFile evidence(Actor actor, UUID taskId, UUID fileId) {
        task(actor, taskId);
        TaskUpdates.StoredFile file = updates.file(taskId, fileId);
        return new EvidenceFile(file.fileName(), file.mediaType(), file.content());
    }

    /** A task with its plan and the reports made on it. */
    public record TaskDetails(PlanView plan, PlanView.TaskView task, boolean hasSubTasks, List<TaskUpdateView> updates) {
    }

    /** An evidence file as downloaded. */
    public record EvidenceFile(String fileName, String mediaType, byte[] content) {
    }

    /** Open tasks of issued plans that the unit leads or coordinates ("my tasks"), deadlines first. */
    public List<TaskRow> tasksOf(Actor actor, UUID unitId) {
        UnitSummary unit = org.visible(actor, unitId);
        return taskRows("""
                (t.lead_unit_id = :unit or exists (select 1 from plan_task_coordinator c where c.task_id = t.id and c.unit_id = :unit))
                and t.status in ('NOT_STARTED', 'IN_PROGRESS')""", Map.of("unit", unit.id()), unit.id());
    }

    /** Open tasks of issued plans past their deadline whose lead unit lies under the given unit. */
    public List<TaskRow> overdue(Actor actor, UUID unitId) {
        UnitSummary unit = org.visible(actor, unitId);
        Scope.SqlCondition scope = actor.scope().onPath("lu.path");
        Map<String, Object> params = new LinkedHashMap<>(scope.params());
        params.put("prefix", unit.path() + "%");
        params.put("today", LocalDate.now(clock));
        return taskRows("lu.path like :prefix and " + scope.sql()
                + " and t.status in ('NOT_STARTED', 'IN_PROGRESS') and t.due_on < :today", params, null);
    }

    private List<TaskRow> taskRows(String condition, Map<String, Object> params, UUID unit) {
        LocalDate today = LocalDate.now(clock);
        return jdbc.sql("""
                select t.id, t.plan_id, p.title plan_title, t.task_number, t.title, t.lead_unit_id, lu.name lead_name, t.due_on,
                       t.recurrence, t.status, t.progress
                from plan_task t join plan p on p.id = t.plan_id join org_unit lu on lu.id = t.lead_unit_id
                where p.status = 'ISSUED' and\s""" + condition + " order by case when t.due_on is null then 1 else 0 end, t.due_on, p.title, t.ord limit 1000")
                .params(params)
                .query((rs, n) -> {
                    TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
                    LocalDate due = date(rs, "due_on");
                    UUID lead = uuid(rs, "lead_unit_id");
                    return new TaskRow(uuid(rs, "id"), uuid(rs, "plan_id"), rs.getString("plan_title"), rs.getString("task_number"),
                            rs.getString("title"), lead, rs.getString("lead_name"), due, rs.getString("recurrence"), status,
                            rs.getInt("progress"), status.isOpen() && due != null && due.isBefore(today),
                            unit == null || unit.equals(lead) ? "LEAD" : "COORDINATE");
                }).list();
    }

    private List<PlanView.Adoption> adoption(UUID planId, Set<UUID> unitIds) {
        List<Object[]> children = jdbc.sql("select id, owning_unit_id, status, issued_on from plan where parent_plan_id = ?")
                .param(planId).query((rs, n) -> new Object[] { uuid(rs, "id"), uuid(rs, "owning_unit_id"), rs.getString("status"),
                        date(rs, "issued_on") })
                .list();
        if (children.isEmpty()) {
            return List.of();
        }
        Map<UUID, Integer> progress = new HashMap<>();
        List<UUID> childIds = children.stream().map(c -> (UUID) c[0]).toList();
        jdbc.sql("""
                select t.plan_id, sum(t.weight * t.progress) total, sum(t.weight) weights from plan_task t
                where t.plan_id in (:ids) and t.parent_id is null and t.status <> 'CANCELLED' group by t.plan_id""")
                .param("ids", childIds)
                .query((rs, n) -> progress.put(uuid(rs, "plan_id"), rs.getBigDecimal("weights").signum() == 0 ? null
                        : rs.getBigDecimal("total").divide(rs.getBigDecimal("weights"), 0, RoundingMode.HALF_UP).intValue()))
                .list();
        Map<UUID, TargetStatus> worst = new HashMap<>();
        targetRecords("t.plan_id in (:ids)", childIds)
                .forEach(t -> worst.merge(t.planId, t.status(), TargetStatus::worse));
        children.forEach(c -> unitIds.add((UUID) c[1]));
        List<PlanView.Adoption> rows = new ArrayList<>();
        for (Object[] c : children) {
            rows.add(new PlanView.Adoption((UUID) c[0], (UUID) c[1], null, PlanStatus.valueOf((String) c[2]), (LocalDate) c[3],
                    progress.get((UUID) c[0]), worst.getOrDefault((UUID) c[0], TargetStatus.NOT_MEASURED)));
        }
        return rows;
    }

    /** Adoption rows get their unit names once all names are known. */
    private static List<PlanView.Adoption> named(List<PlanView.Adoption> rows, Map<UUID, String> names) {
        return rows.stream().map(a -> new PlanView.Adoption(a.planId(), a.unitId(), names.get(a.unitId()), a.status(),
                a.issuedOn(), a.progress(), a.targetStatus()))
                .sorted(java.util.Comparator.comparing(PlanView.Adoption::unitName,
                        java.util.Comparator.nullsLast(vn.danvan.shared.VietnameseText.order())))
                .toList();
    }

    private PlanView.TargetView targetView(TargetRecord t, List<Object[]> shares, Map<UUID, String> names,
            List<TargetRecord> implementing) {
        List<PlanView.AllocationView> allocations = shares.stream()
                .map(r -> new PlanView.AllocationView((UUID) r[1], names.get((UUID) r[1]), (BigDecimal) r[2])).toList();
        int measured = 0;
        int onTrack = 0;
        TargetStatus unitsStatus = TargetStatus.NOT_MEASURED;
        BigDecimal sum = null;
        for (TargetRecord r : implementing) {
            TargetStatus s = r.status();
            unitsStatus = unitsStatus.worse(s);
            if (s != TargetStatus.NOT_MEASURED) {
                measured++;
                sum = sum == null ? r.latestValue : sum.add(r.latestValue);
            }
            if (s == TargetStatus.ON_TRACK) {
                onTrack++;
            }
        }
        return new PlanView.TargetView(t.id, t.ord, t.indicator, t.comparison, t.value, t.valueMax, t.measure, t.baseline,
                t.dueOn, t.tolerance, t.latestValue, t.latestOn, t.status(), t.implementsId, t.sourceText, allocations,
                measured, onTrack, implementing.size(), unitsStatus, sum, t.version);
    }

    private static List<PlanView.TaskView> tree(List<TaskRecord> records, Map<UUID, String> names,
            Map<UUID, List<PlanView.CoordinatorView>> coordinators, Map<UUID, int[]> unitsProgress, LocalDate today) {
        Map<UUID, List<TaskRecord>> children = new HashMap<>();
        List<TaskRecord> roots = new ArrayList<>();
        Set<UUID> ids = new HashSet<>();
        records.forEach(r -> ids.add(r.id));
        for (TaskRecord r : records) {
            if (r.parentId == null || !ids.contains(r.parentId)) {
                roots.add(r);
            } else {
                children.computeIfAbsent(r.parentId, k -> new ArrayList<>()).add(r);
            }
        }
        List<PlanView.TaskView> out = new ArrayList<>();
        for (TaskRecord root : roots) {
            walk(root, 0, children, names, coordinators, unitsProgress, today, out);
        }
        return out;
    }

    /** Adds the task and its sub-tree in order; returns the task's progress (derived from sub-tasks when it has any). */
    private static int walk(TaskRecord r, int depth, Map<UUID, List<TaskRecord>> children, Map<UUID, String> names,
            Map<UUID, List<PlanView.CoordinatorView>> coordinators, Map<UUID, int[]> unitsProgress, LocalDate today,
            List<PlanView.TaskView> out) {
        int index = out.size();
        out.add(null);
        List<TaskProgress.Part> parts = new ArrayList<>();
        for (TaskRecord child : children.getOrDefault(r.id, List.of())) {
            int p = walk(child, depth + 1, children, names, coordinators, unitsProgress, today, out);
            parts.add(new TaskProgress.Part(child.weight, child.status, p));
        }
        Integer derived = TaskProgress.derived(parts);
        int progress = derived != null ? derived : r.progress;
        int[] units = unitsProgress.get(r.id);
        Recurrence recurrence = r.recurrence == null ? null : Recurrence.parse(r.recurrence);
        out.set(index, new PlanView.TaskView(r.id, r.parentId, depth, r.number, r.title, r.body, r.leadUnitId,
                names.get(r.leadUnitId), coordinators.getOrDefault(r.id, List.of()), r.responsible, r.dueOn, r.recurrence,
                recurrence == null ? null : recurrence.nextDue(today), r.weight, r.status, progress, derived != null,
                r.status.isOpen() && r.dueOn != null && r.dueOn.isBefore(today),
                units == null ? null : Math.round((float) units[0] / units[1]), units == null ? 0 : units[1], r.implementsId,
                r.version));
        return progress;
    }

    private List<TaskRecord> taskRecords(UUID planId) {
        return jdbc.sql("""
                select id, parent_id, task_number, title, body, lead_unit_id, responsible, due_on, recurrence, weight, status,
                       progress, implements_id, version
                from plan_task where plan_id = ? order by ord""").param(planId)
                .query((rs, n) -> new TaskRecord(uuid(rs, "id"), uuid(rs, "parent_id"), rs.getString("task_number"),
                        rs.getString("title"), rs.getString("body"), uuid(rs, "lead_unit_id"), rs.getString("responsible"),
                        date(rs, "due_on"), rs.getString("recurrence"), rs.getBigDecimal("weight"),
                        TaskStatus.valueOf(rs.getString("status")), rs.getInt("progress"), uuid(rs, "implements_id"),
                        rs.getLong("version")))
                .list();
    }

    /** Targets (as {@code t}) meeting a condition on the ids given as {@code :ids}. */
    private List<TargetRecord> targetRecords(String condition, List<UUID> ids) {
        return jdbc.sql("""
                select t.id, t.plan_id, t.ord, t.indicator, t.comparison, t.target_value, t.target_value_max, t.measure,
                       t.baseline, t.due_on, t.tolerance, t.latest_value, t.latest_on, t.implements_id, t.source_text, t.version
                from plan_target t where\s""" + condition + " order by t.ord").param("ids", ids)
                .query((rs, n) -> new TargetRecord(uuid(rs, "id"), uuid(rs, "plan_id"), rs.getInt("ord"), rs.getString("indicator"),
                        Comparison.valueOf(rs.getString("comparison")), rs.getBigDecimal("target_value"),
                        rs.getBigDecimal("target_value_max"), rs.getString("measure"), rs.getBigDecimal("baseline"),
                        date(rs, "due_on"), rs.getBigDecimal("tolerance"), rs.getBigDecimal("latest_value"),
                        date(rs, "latest_on"), uuid(rs, "implements_id"), rs.getString("source_text"), rs.getLong("version")))
                .list();
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        if (!ids.isEmpty()) {
            jdbc.sql("select id, name from org_unit where id in (:ids)").param("ids", List.copyOf(ids))
                    .query((rs, n) -> names.put(uuid(rs, "id"), rs.getString("name"))).list();
        }
        return names;
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private record TaskRecord(UUID id, UUID parentId, String number, String title, String body, UUID leadUnitId,
            String responsible, LocalDate dueOn, String recurrence, BigDecimal weight, TaskStatus status, int progress,
            UUID implementsId, long version) {
    }

    private record TargetRecord(UUID id, UUID planId, int ord, String indicator, Comparison comparison, BigDecimal value,
            BigDecimal valueMax, String measure, BigDecimal baseline, LocalDate dueOn, BigDecimal tolerance,
            BigDecimal latestValue, LocalDate latestOn, UUID implementsId, String sourceText, long version) {

        TargetStatus status() {
            return Target.statusOf(comparison, value, valueMax, tolerance, latestValue);
        }
    }
}
