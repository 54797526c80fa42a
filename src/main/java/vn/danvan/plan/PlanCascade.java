package vn.danvan.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.RuleViolated;

/**
 * Cascading an issued plan to units: each unit named in it (as lead or coordinating unit of a task, or in an allocation)
 * or chosen gets a draft implementing plan with the tasks it leads or coordinates (all tasks when it is named in none)
 * and every target — its own share where the target is allocated — each linked to the one it implements. A unit that
 * has since merged is followed to its successors; a unit that already has an implementing plan is refused, and then
 * nothing is created.
 */
@Service
@Transactional
public class PlanCascade {

    static final int MAX_UNITS = 2000;

    private final PlanDesk desk;
    private final Plans plans;
    private final Targets targets;
    private final Tasks tasks;
    private final OrgStructure org;
    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanCascade(PlanDesk desk, Plans plans, Targets targets, Tasks tasks, OrgStructure org, JdbcTemplate jdbc,
            ApplicationEventPublisher events, Clock clock) {
        this.desk = desk;
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The units the plan names, other than its own, as they are today (merged units by their successors). */
    @Transactional(readOnly = true)
    public List<UUID> namedUnits(Actor actor, UUID planId) {
        Plan plan = desk.visiblePlan(actor, planId);
        Set<UUID> named = new LinkedHashSet<>();
        for (Task task : tasks.findByPlanIdOrderByOrd(planId)) {
            named.add(task.leadUnitId());
            named.addAll(task.coordinatingUnitIds());
        }
        targets.findByPlanIdOrderByOrd(planId).forEach(t -> t.allocations().forEach(a -> named.add(a.unitId())));
        named.remove(plan.owningUnitId());
        return List.copyOf(current(named, plan.owningUnitId()));
    }

    /**
     * Creates the implementing drafts, for the units chosen or, when none are, for every unit the plan names; returns
     * the new plans' ids.
     */
    public List<UUID> cascade(Actor actor, UUID planId, List<UUID> unitIds) {
        Plan plan = desk.visiblePlan(actor, planId);
        actor.require(org.find(plan.owningUnitId()).map(UnitSummary::path).orElse(null), PlanDesk.DRAFTING);
        if (plan.status() != PlanStatus.ISSUED) {
            throw new RuleViolated("plan.cascade.not-issued");
        }
        List<UUID> chosen = unitIds == null ? List.of() : unitIds.stream().filter(java.util.Objects::nonNull).distinct().toList();
        if (chosen.size() > MAX_UNITS) {
            throw InvalidInput.field("unitIds", "plan.cascade.too-many", MAX_UNITS);
        }
        for (UUID id : chosen) {
            if (org.find(id).isEmpty()) {
                throw InvalidInput.field("unitIds", "plan.unit.unknown");
            }
        }
        List<UUID> units = chosen.isEmpty() ? namedUnits(actor, planId) : List.copyOf(current(chosen, plan.owningUnitId()));
        if (units.isEmpty()) {
            throw InvalidInput.field("unitIds", "plan.cascade.no-units");
        }
        Set<UUID> already = new HashSet<>(plans.findByParentPlanId(planId).stream().map(Plan::owningUnitId).toList());
        for (UUID unit : units) {
            if (already.contains(unit)) {
                throw new Conflict("plan.cascade.already", org.find(unit).map(UnitSummary::name).orElse(""));
            }
        }
        List<Task> source = tasks.findByPlanIdOrderByOrd(planId);
        List<Target> sourceTargets = targets.findByPlanIdOrderByOrd(planId);
        Instant now = clock.instant();
        Timestamp stamp = Timestamp.from(now);
        List<Object[]> planRows = new ArrayList<>();
        List<Object[]> taskRows = new ArrayList<>();
        List<Object[]> targetRows = new ArrayList<>();
        List<UUID> created = new ArrayList<>();
        for (UUID unit : units) {
            UUID id = UUID.randomUUID();
            created.add(id);
            planRows.add(new Object[] { id, unit, plan.title(), plan.period().start(), plan.period().end(),
                    PlanStatus.DRAFT.name(), planId, plan.objectives(), stamp, actor.username(), stamp, actor.username() });
            copyTasks(source, unit, id, stamp, actor.username(), taskRows);
            for (Target t : sourceTargets) {
                var share = t.allocations().stream().filter(a -> a.unitId().equals(unit)).findFirst();
                targetRows.add(new Object[] { UUID.randomUUID(), id, t.ord(), t.indicator(), t.comparison().name(),
                        share.isPresent() ? share.get().amount() : t.value(), share.isPresent() ? null : t.valueMax(),
                        t.measure(), t.baseline(), t.dueOn(), t.tolerance(), t.id(), t.sourceText() });
            }
        }
        jdbc.batchUpdate("insert into plan (id, owning_unit_id, title, period_start, period_end, status, parent_plan_id, "
                + "objectives, created_at, created_by, updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                planRows);
        jdbc.batchUpdate("insert into plan_task (id, plan_id, parent_id, ord, task_number, title, body, lead_unit_id, responsible, "
                + "due_on, recurrence, weight, status, progress, implements_id, updated_at, updated_by, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, 'NOT_STARTED', 0, ?, ?, ?, 0)", taskRows);
        jdbc.batchUpdate("insert into plan_target (id, plan_id, ord, indicator, comparison, target_value, target_value_max, "
                + "measure, baseline, due_on, tolerance, implements_id, source_text, version) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", targetRows);
        events.publishEvent(new PlanChanged("plan", planId.toString(), plan.owningUnitId(), "plan-cascaded",
                List.of("implementingPlans"), actor.username(), now));
        for (int i = 0; i < units.size(); i++) {
            events.publishEvent(new PlanChanged("plan", created.get(i).toString(), units.get(i), "plan-drafted",
                    List.of("title", "period", "objectives"), actor.username(), now));
        }
        return created;
    }

    /**
     * The tasks the unit takes on: those it leads or coordinates with everything under them, or all when it is named in
     * none; the unit leads each copy, and a copy sits under its parent's copy when that was taken too.
     */
    private static void copyTasks(List<Task> source, UUID unit, UUID planId, Timestamp stamp, String by, List<Object[]> rows) {
        Map<UUID, List<Task>> children = new HashMap<>();
        List<Task> roots = new ArrayList<>();
        for (Task task : source) {
            if (task.parentId() == null) {
                roots.add(task);
            } else {
                children.computeIfAbsent(task.parentId(), k -> new ArrayList<>()).add(task);
            }
        }
        boolean named = source.stream().anyMatch(t -> names(t, unit));
        Map<UUID, UUID> copies = new HashMap<>();
        List<Task> order = new ArrayList<>();
        preorder(roots, children, order);
        Set<UUID> taken = new HashSet<>();
        for (Task task : order) {
            boolean take = !named || names(task, unit) || (task.parentId() != null && taken.contains(task.parentId()));
            if (!take || task.status() == TaskStatus.CANCELLED) {
                continue;
            }
            taken.add(task.id());
            UUID copy = UUID.randomUUID();
            copies.put(task.id(), copy);
            rows.add(new Object[] { copy, planId, task.parentId() == null ? null : copies.get(task.parentId()), task.ord(),
                    task.number(), task.title(), task.body(), unit, task.dueOn(), task.recurrence(), task.weight(), task.id(),
                    stamp, by });
        }
    }

    private static void preorder(List<Task> level, Map<UUID, List<Task>> children, List<Task> out) {
        for (Task task : level) {
            out.add(task);
            preorder(children.getOrDefault(task.id(), List.of()), children, out);
        }
    }

    private static boolean names(Task task, UUID unit) {
        return task.leadUnitId().equals(unit) || task.coordinatingUnitIds().contains(unit);
    }

    private Set<UUID> current(Iterable<UUID> units, UUID owner) {
        LocalDate today = LocalDate.now(clock);
        Set<UUID> result = new LinkedHashSet<>();
        for (UUID unit : units) {
            result.addAll(org.successorsOn(unit, today));
        }
        result.remove(owner);
        return result;
    }
}
