package vn.danvan.plan;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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
        Instant now = clock.instant();
        Timestamp stamp = Timestamp.from(now);
        List<Object[]> planRows = new ArrayList<>();
        List<UUID> created = new ArrayList<>();
        for (UUID unit : units) {
            UUID id = UUID.randomUUID();
            created.add(id);
            planRows.add(new Object[] { id, unit, plan.title(), plan.period().start(), plan.period().end(),
                    PlanStatus.DRAFT.name(), planId, plan.objectives(), stamp, actor.username(), stamp, actor.username() });
        }
        jdbc.batchUpdate("insert into plan (id, owning_unit_id, title, period_start, period_end, status, parent_plan_id, "
                + "objectives, created_at, created_by, updated_at, updated_by, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                planRows);
        copy(planId, created, stamp, actor.username());
        events.publishEvent(new PlanChanged("plan", planId.toString(), plan.owningUnitId(), "plan-cascaded",
                List.of("implementingPlans"), actor.username(), now));
        for (int i = 0; i < units.size(); i++) {
            events.publishEvent(new PlanChanged("plan", created.get(i).toString(), units.get(i), "plan-drafted",
                    List.of("title", "period", "objectives"), actor.username(), now));
        }
        return created;
    }

    /**
     * Copies the tasks and targets of the plan into the new implementing plans, a few set-based statements whatever their
     * number. Each unit takes the tasks it leads or coordinates with everything under them, or all when it is named in
     * none, cancelled tasks left out; the unit leads each copy, and a copy sits under its parent's copy when that was
     * taken too. Each unit gets every target, with its own share as the value where the target is allocated.
     */
    private void copy(UUID planId, List<UUID> created, Timestamp stamp, String by) {
        String newPlans = "p.id in (" + String.join(", ", Collections.nCopies(created.size(), "?")) + ")";
        List<Object> planAndNew = new ArrayList<>();
        planAndNew.add(planId);
        planAndNew.addAll(created);
        List<Object> taskArgs = new ArrayList<>(List.of(planId, planId));
        taskArgs.addAll(planAndNew);
        taskArgs.addAll(List.of(planId, planId, stamp, by));
        jdbc.update("insert into plan_task (id, plan_id, parent_id, ord, task_number, title, body, lead_unit_id, responsible, "
                + "due_on, recurrence, weight, status, progress, implements_id, updated_at, updated_by, version) "
                + "with recursive unit_plan (plan_id, unit_id, named) as ("
                + "  select p.id, p.owning_unit_id, p.owning_unit_id in (select n.lead_unit_id from plan_task n where n.plan_id = ?"
                + "    union select c.unit_id from plan_task_coordinator c join plan_task n on n.id = c.task_id where n.plan_id = ?)"
                + "  from plan p where p.parent_plan_id = ? and " + newPlans + "), "
                + "picked (plan_id, unit_id, task_id) as ("
                + "  select u.plan_id, u.unit_id, t.id from unit_plan u join plan_task t on t.plan_id = ?"
                + "  where u.named and t.status <> 'CANCELLED' and (t.lead_unit_id = u.unit_id"
                + "    or exists (select 1 from plan_task_coordinator c where c.task_id = t.id and c.unit_id = u.unit_id))"
                + "  union all"
                + "  select k.plan_id, k.unit_id, t.id from picked k join plan_task t on t.parent_id = k.task_id where t.status <> 'CANCELLED'), "
                + "taken (plan_id, unit_id, task_id) as ("
                + "  select distinct plan_id, unit_id, task_id from picked"
                + "  union all"
                + "  select u.plan_id, u.unit_id, t.id from unit_plan u join plan_task t on t.plan_id = ?"
                + "  where not u.named and t.status <> 'CANCELLED') "
                + "select gen_random_uuid(), k.plan_id, null, t.ord, t.task_number, t.title, t.body, k.unit_id, null, t.due_on, "
                + "t.recurrence, t.weight, 'NOT_STARTED', 0, t.id, ?, ?, 0 "
                + "from taken k join plan_task t on t.id = k.task_id",
                taskArgs.toArray());
        List<Object> updateArgs = new ArrayList<>(planAndNew);
        updateArgs.add(planId);
        jdbc.update("update plan_task c set parent_id = (select p.id from plan_task s join plan_task p on p.implements_id = s.parent_id "
                + "where s.id = c.implements_id and p.plan_id = c.plan_id) "
                + "where c.plan_id in (select p.id from plan p where p.parent_plan_id = ? and " + newPlans + ") "
                + "and c.implements_id in (select s.id from plan_task s where s.plan_id = ? and s.parent_id is not null)", updateArgs.toArray());
        List<Object> targetArgs = new ArrayList<>();
        targetArgs.add(planId);
        targetArgs.addAll(planAndNew);
        jdbc.update("insert into plan_target (id, plan_id, ord, indicator, comparison, target_value, target_value_max, "
                + "measure, baseline, due_on, tolerance, implements_id, source_text, version) "
                + "select gen_random_uuid(), p.id, t.ord, t.indicator, t.comparison, coalesce(a.amount, t.target_value), "
                + "case when a.amount is null then t.target_value_max end, t.measure, t.baseline, t.due_on, t.tolerance, t.id, "
                + "t.source_text, 0 "
                + "from plan p join plan_target t on t.plan_id = ? "
                + "left join plan_allocation a on a.target_id = t.id and a.unit_id = p.owning_unit_id "
                + "where p.parent_plan_id = ? and " + newPlans, targetArgs.toArray());
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
