package vn.danvan.plan;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.document.DocumentRegistry;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.ConcurrentChange;
import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;

/**
 * The plans' front door: drafting a plan with its targets and tasks, issuing, closing and reopening it, and the units'
 * reports on targets and tasks. Content changes only while the plan is a draft; a change that names the version it
 * started from is refused when somebody else saved the plan in between.
 */
@Service
@Transactional
public class PlanDesk {

    static final Role[] DRAFTING = { Role.SPECIALIST, Role.LEADER, Role.COORDINATING_OFFICE };
    static final Role[] SIGNING = { Role.LEADER };

    /** The roles that draft plans and report on tasks. */
    public static Role[] draftingRoles() {
        return DRAFTING.clone();
    }

    private final Plans plans;
    private final Targets targets;
    private final Tasks tasks;
    private final OrgStructure org;
    private final DocumentRegistry documents;
    private final TaskUpdates updates;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanDesk(Plans plans, Targets targets, Tasks tasks, OrgStructure org, DocumentRegistry documents, TaskUpdates updates,
            ApplicationEventPublisher events, Clock clock) {
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.org = org;
        this.documents = documents;
        this.updates = updates;
        this.events = events;
        this.clock = clock;
    }

    /** Starts a draft plan of a unit the actor drafts plans for. */
    public UUID createDraft(Actor actor, UUID owningUnitId, Period period, String title, String objectives) {
        if (owningUnitId == null) {
            throw InvalidInput.field("owningUnitId", "plan.unit.required");
        }
        UnitSummary unit = org.visible(actor, owningUnitId);
        actor.require(unit.path(), DRAFTING);
        if (period == null) {
            throw InvalidInput.field("period", "plan.period.required");
        }
        Plan plan = Plan.draft(unit.id(), period, title, objectives, null, actor.username(), clock.instant());
        plans.save(plan);
        changed(plan, "plan", plan.id(), "plan-drafted", actor, "title", "period", "objectives");
        return plan.id();
    }

    /** An item of a draft made in one go: where its bad input is reported ("tasks[3]"), what it says, and for a task
     *  the index of its parent among the tasks before it (null at the top). */
    record DraftItem<T>(String place, T content, Integer parent) {
    }

    /**
     * Starts a draft plan with its targets and tasks in one go (an imported plan): every item is checked as when added
     * one by one, and all are written in batches; a bad item is reported under its place and nothing is kept.
     */
    UUID createDraft(Actor actor, UUID owningUnitId, Period period, String title, String objectives,
            List<DraftItem<NewTarget>> newTargets, List<DraftItem<NewTask>> newTasks) {
        UUID planId = createDraft(actor, owningUnitId, period, title, objectives);
        Plan plan = plans.findById(planId).orElseThrow(PlanNotFound::new);
        Instant now = clock.instant();
        List<Target> targetRows = new ArrayList<>();
        for (DraftItem<NewTarget> item : newTargets) {
            at(item.place(), () -> {
                requireTarget(item.content());
                plan.requireWithin(item.content().dueOn(), "dueOn");
                targetRows.add(Target.of(planId, targetRows.size() + 1, item.content(), null));
            });
        }
        Map<UUID, UnitSummary> known = new HashMap<>();
        List<Task> taskRows = new ArrayList<>();
        for (DraftItem<NewTask> item : newTasks) {
            at(item.place(), () -> {
                NewTask task = item.content();
                if (task == null) {
                    throw InvalidInput.field("title", "plan.task.title-required", Task.MAX_TITLE);
                }
                UUID parent = item.parent() == null ? null : taskRows.get(item.parent()).id();
                NewTask placed = new NewTask(task.number(), parent, task.title(), task.text(), task.leadUnitId(),
                        task.coordinatingUnitIds(), task.responsible(), task.dueOn(), task.recurrence(), task.weight());
                requireUnits(placed, known);
                plan.requireWithin(placed.dueOn(), "dueOn");
                taskRows.add(Task.of(planId, taskRows.size() + 1, placed, null, actor.username(), now));
            });
        }
        targets.saveAll(targetRows);
        tasks.saveAll(taskRows);
        if (!targetRows.isEmpty() || !taskRows.isEmpty()) {
            contentChanged(plan, actor);
        }
        targetRows.forEach(t -> changed(plan, "plan-target", t.id(), "target-added", actor, "indicator", "comparison", "value"));
        taskRows.forEach(t -> changed(plan, "plan-task", t.id(), "task-added", actor, "title", "leadUnitId", "coordinatingUnitIds"));
        return planId;
    }

    /** Runs the check of one item; its bad input is reported under the item's place ("targets[2].quantity"). */
    static void at(String place, Runnable step) {
        try {
            step.run();
        } catch (InvalidInput e) {
            throw e.fieldProblems().isEmpty()
                    ? new InvalidInput(List.of(new FieldProblem(place, e.code(), e.args())))
                    : new InvalidInput(e.fieldProblems().stream()
                            .map(p -> new FieldProblem(place + "." + p.field(), p.code(), p.args())).toList());
        }
    }

    /** Changes title, period and objectives of a draft; returns the new version. */
    public long describe(Actor actor, UUID planId, Long version, String title, Period period, String objectives) {
        Plan plan = editable(actor, planId, version);
        if (period == null) {
            throw InvalidInput.field("period", "plan.period.required");
        }
        plan.describe(title, period, objectives, actor.username(), clock.instant());
        for (Task task : tasks.findByPlanIdOrderByOrd(planId)) {
            plan.requireWithin(task.dueOn(), "period");
        }
        store(plan);
        changed(plan, "plan", plan.id(), "plan-described", actor, "title", "period", "objectives");
        return plan.version();
    }

    /** Adds a target to a draft plan. */
    public UUID addTarget(Actor actor, UUID planId, NewTarget target) {
        return addTarget(actor, planId, null, target);
    }

    /** Adds a target to a draft plan, unless somebody else changed the plan since the given version. */
    public UUID addTarget(Actor actor, UUID planId, Long version, NewTarget target) {
        Plan plan = editable(actor, planId, version);
        requireTarget(target);
        plan.requireWithin(target.dueOn(), "dueOn");
        Target created = Target.of(planId, targets.nextOrd(planId), target, null);
        targets.save(created);
        contentChanged(plan, actor);
        changed(plan, "plan-target", created.id(), "target-added", actor, "indicator", "comparison", "value");
        return created.id();
    }

    /** Changes what a target of a draft plan says. */
    public long editTarget(Actor actor, UUID targetId, Long planVersion, NewTarget target) {
        Target existing = target(targetId);
        Plan plan = editable(actor, existing.planId(), planVersion);
        requireTarget(target);
        plan.requireWithin(target.dueOn(), "dueOn");
        existing.define(target);
        saveTarget(existing);
        contentChanged(plan, actor);
        changed(plan, "plan-target", targetId, "target-edited", actor, "indicator", "comparison", "value");
        return plan.version();
    }

    /** Takes a target out of a draft plan. */
    public long removeTarget(Actor actor, UUID targetId, Long planVersion) {
        Target existing = target(targetId);
        Plan plan = editable(actor, existing.planId(), planVersion);
        targets.delete(existing);
        contentChanged(plan, actor);
        changed(plan, "plan-target", targetId, "target-removed", actor);
        return plan.version();
    }

    /** Splits a target of a draft plan across units; the shares together may not exceed the whole. */
    public long allocate(Actor actor, UUID targetId, Long planVersion, List<Allocation> shares) {
        Target existing = target(targetId);
        Plan plan = editable(actor, existing.planId(), planVersion);
        List<Allocation> checked = shares == null ? List.of() : shares;
        for (Allocation share : checked) {
            if (share.unitId() != null) {
                unit(share.unitId(), "allocations");
            }
        }
        existing.allocate(checked);
        saveTarget(existing);
        contentChanged(plan, actor);
        changed(plan, "plan-target", targetId, "target-allocated", actor, "allocations");
        return plan.version();
    }

    /** Enters the value a target has reached (by hand, until report figures feed it). */
    public long measureTarget(Actor actor, UUID targetId, Long version, BigDecimal latest, LocalDate on) {
        Target existing = target(targetId);
        Plan plan = visiblePlan(actor, existing.planId());
        actor.require(unitPath(plan.owningUnitId()), DRAFTING);
        if (plan.status() == PlanStatus.CLOSED) {
            throw new RuleViolated("plan.closed");
        }
        existing.requireVersion(version);
        LocalDate date = on == null ? LocalDate.now(clock) : on;
        if (date.isAfter(LocalDate.now(clock))) {
            throw InvalidInput.field("latestOn", "plan.target.latest-on-future");
        }
        existing.measure(latest, date);
        saveTarget(existing);
        changed(plan, "plan-target", targetId, "target-measured", actor, "latestValue");
        return existing.version();
    }

    /** Adds a task to a draft plan. */
    public UUID addTask(Actor actor, UUID planId, NewTask task) {
        return addTask(actor, planId, null, task);
    }

    /** Adds a task to a draft plan, unless somebody else changed the plan since the given version. */
    public UUID addTask(Actor actor, UUID planId, Long version, NewTask task) {
        Plan plan = editable(actor, planId, version);
        requireTask(plan, task);
        Task created = Task.of(planId, tasks.nextOrd(planId), task, null, actor.username(),
                clock.instant());
        tasks.save(created);
        contentChanged(plan, actor);
        changed(plan, "plan-task", created.id(), "task-added", actor, "title", "leadUnitId", "coordinatingUnitIds");
        return created.id();
    }

    /** Changes what a task of a draft plan says and who does it. */
    public long editTask(Actor actor, UUID taskId, Long planVersion, NewTask task) {
        Task existing = task(taskId);
        Plan plan = editable(actor, existing.planId(), planVersion);
        NewTask kept = new NewTask(task.number(), existing.parentId(), task.title(), task.text(), task.leadUnitId(),
                task.coordinatingUnitIds(), task.responsible(), task.dueOn(), task.recurrence(), task.weight());
        requireTask(plan, kept);
        existing.define(kept, actor.username(), clock.instant());
        saveTask(existing);
        contentChanged(plan, actor);
        changed(plan, "plan-task", taskId, "task-edited", actor, "title", "leadUnitId", "coordinatingUnitIds");
        return plan.version();
    }

    /** Takes a task without sub-tasks out of a draft plan. */
    public long removeTask(Actor actor, UUID taskId, Long planVersion) {
        Task existing = task(taskId);
        Plan plan = editable(actor, existing.planId(), planVersion);
        if (tasks.existsByParentId(taskId)) {
            throw new RuleViolated("plan.task.has-sub-tasks");
        }
        updates.forget(taskId);
        tasks.delete(existing);
        contentChanged(plan, actor);
        changed(plan, "plan-task", taskId, "task-removed", actor);
        return plan.version();
    }

    /** Issues a draft plan on a date, optionally as a registered document; an implementing plan thereby is adopted. */
    public long issue(Actor actor, UUID planId, Long version, LocalDate issuedOn, UUID documentId) {
        Plan plan = visiblePlan(actor, planId);
        actor.require(unitPath(plan.owningUnitId()), SIGNING);
        plan.requireVersion(version);
        LocalDate on = issuedOn == null ? LocalDate.now(clock) : issuedOn;
        if (on.isAfter(LocalDate.now(clock))) {
            throw InvalidInput.field("issuedOn", "plan.issued-on.future");
        }
        if (documentId != null && documents.find(actor, documentId).isEmpty()) {
            throw InvalidInput.field("documentId", "plan.document.not-found");
        }
        plan.issue(on, documentId, actor.username(), clock.instant());
        store(plan);
        changed(plan, "plan", planId, "plan-issued", actor, "status", "issuedOn", "documentId");
        events.publishEvent(new PlanIssued(planId, plan.owningUnitId(), plan.parentPlanId(), on));
        return plan.version();
    }

    /** Closes an issued plan: its period is over and its results are in. */
    public long close(Actor actor, UUID planId, Long version) {
        Plan plan = visiblePlan(actor, planId);
        actor.require(unitPath(plan.owningUnitId()), SIGNING);
        plan.requireVersion(version);
        plan.close(LocalDate.now(clock), actor.username(), clock.instant());
        store(plan);
        changed(plan, "plan", planId, "plan-closed", actor, "status");
        return plan.version();
    }

    /** Turns an issued or closed plan back into a draft so that its content can be corrected. */
    public long reopen(Actor actor, UUID planId, Long version) {
        Plan plan = visiblePlan(actor, planId);
        actor.require(unitPath(plan.owningUnitId()), SIGNING);
        plan.requireVersion(version);
        plan.reopen(actor.username(), clock.instant());
        store(plan);
        changed(plan, "plan", planId, "plan-reopened", actor, "status");
        return plan.version();
    }

    /**
     * The lead unit reports on a task of an issued plan: status, progress (0–100 %), a note and evidence files. A
     * parent task's progress follows from its sub-tasks; it is kept up to date here.
     */
    public long reportTask(Actor actor, UUID taskId, Long version, TaskReport report) {
        Task task = task(taskId);
        Plan plan = visiblePlan(actor, task.planId());
        if (!actor.may(unitPath(task.leadUnitId()), DRAFTING) && !actor.may(unitPath(plan.owningUnitId()), DRAFTING)) {
            throw new vn.danvan.shared.AccessDenied();
        }
        requireIssued(plan);
        task.requireVersion(version);
        boolean hasSubTasks = tasks.existsByParentId(taskId);
        task.report(report.status(), report.progress(), hasSubTasks, actor.username(), clock.instant());
        saveTask(task);
        updates.record(task.id(), task.leadUnitId(), report.status(), report.progress(), report.note(), report.files(),
                actor.username(), clock.instant());
        refreshAncestors(task);
        changed(plan, "plan-task", taskId, "task-reported", actor, "status", "progress");
        return task.version();
    }

    /** A coordinating unit reports its own contribution to a task of an issued plan. */
    public long contribute(Actor actor, UUID taskId, UUID unitId, String note, Integer progress, List<TaskReport.File> files) {
        Task task = task(taskId);
        Plan plan = visiblePlan(actor, task.planId());
        if (unitId == null) {
            throw InvalidInput.field("unitId", "plan.unit.required");
        }
        actor.require(unitPath(unitId), DRAFTING);
        requireIssued(plan);
        task.contribute(unitId, note, progress, actor.username(), clock.instant());
        saveTask(task);
        updates.record(task.id(), unitId, null, progress, note, files, actor.username(), clock.instant());
        changed(plan, "plan-task", taskId, "task-contribution", actor, "contribution");
        return task.version();
    }

    /** Keeps the stored progress of parent tasks equal to the one derived from their sub-tasks. */
    private void refreshAncestors(Task task) {
        UUID parentId = task.parentId();
        while (parentId != null) {
            Task parent = task(parentId);
            List<Task> children = tasks.findByParentId(parentId);
            Integer derived = TaskProgress.derived(children.stream()
                    .map(c -> new TaskProgress.Part(c.weight(), c.status(), c.progress())).toList());
            if (derived == null || derived == parent.progress()) {
                return;
            }
            parent.followSubTasks(derived);
            saveTask(parent);
            parentId = parent.parentId();
        }
    }

    private void requireIssued(Plan plan) {
        if (plan.status() != PlanStatus.ISSUED) {
            throw new RuleViolated(plan.status() == PlanStatus.DRAFT ? "plan.task.report-on-draft" : "plan.closed");
        }
    }

    private void requireTarget(NewTarget target) {
        if (target == null) {
            throw InvalidInput.field("indicator", "plan.target.indicator-required");
        }
    }

    private void requireTask(Plan plan, NewTask task) {
        if (task == null) {
            throw InvalidInput.field("title", "plan.task.title-required", Task.MAX_TITLE);
        }
        requireUnits(task, new HashMap<>());
        plan.requireWithin(task.dueOn(), "dueOn");
        if (task.parentId() != null) {
            Task parent = tasks.findById(task.parentId()).orElseThrow(() -> InvalidInput.field("parentId", "plan.task.parent-invalid"));
            if (!parent.planId().equals(plan.id())) {
                throw InvalidInput.field("parentId", "plan.task.parent-invalid");
            }
        }
    }

    /** The task names a lead unit, and its units exist (those already looked up are remembered in {@code known}). */
    private void requireUnits(NewTask task, Map<UUID, UnitSummary> known) {
        if (task.leadUnitId() == null) {
            throw InvalidInput.field("leadUnitId", "plan.task.lead-required");
        }
        known.computeIfAbsent(task.leadUnitId(), id -> unit(id, "leadUnitId"));
        for (UUID unit : task.coordinatingUnitIds()) {
            if (unit != null) {
                known.computeIfAbsent(unit, id -> unit(id, "coordinatingUnitIds"));
            }
        }
    }

    private UnitSummary unit(UUID id, String field) {
        return org.find(id).orElseThrow(() -> InvalidInput.field(field, "plan.unit.unknown"));
    }

    private String unitPath(UUID unitId) {
        return org.find(unitId).map(UnitSummary::path).orElse(null);
    }

    Plan visiblePlan(Actor actor, UUID planId) {
        Plan plan = planId == null ? null : plans.findById(planId).orElse(null);
        if (plan == null || !mayRead(actor, plan)) {
            throw new PlanNotFound();
        }
        return plan;
    }

    /** Readers: those who see the owning unit, or a unit whose plan implements this one. */
    boolean mayRead(Actor actor, Plan plan) {
        if (actor.sees(unitPath(plan.owningUnitId()))) {
            return true;
        }
        return plans.findByParentPlanId(plan.id()).stream().anyMatch(child -> actor.sees(unitPath(child.owningUnitId())));
    }

    private Plan editable(Actor actor, UUID planId, Long version) {
        Plan plan = visiblePlan(actor, planId);
        actor.require(unitPath(plan.owningUnitId()), DRAFTING);
        plan.requireVersion(version);
        plan.requireDraft();
        return plan;
    }

    private Target target(UUID id) {
        if (id == null) {
            throw new TargetNotFound();
        }
        return targets.findById(id).orElseThrow(TargetNotFound::new);
    }

    private Task task(UUID id) {
        if (id == null) {
            throw new TaskNotFound();
        }
        return tasks.findById(id).orElseThrow(TaskNotFound::new);
    }

    private void contentChanged(Plan plan, Actor actor) {
        plan.contentChanged(actor.username(), clock.instant());
        store(plan);
    }

    private void store(Plan plan) {
        try {
            plans.save(plan);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new ConcurrentChange();
        }
    }

    private void saveTarget(Target target) {
        try {
            targets.save(target);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange();
        }
    }

    private void saveTask(Task task) {
        try {
            tasks.save(task);
        } catch (OptimisticLockingFailureException e) {
            throw new ConcurrentChange();
        }
    }

    private void changed(Plan plan, String type, UUID id, String action, Actor actor, String... fields) {
        Instant now = clock.instant();
        events.publishEvent(new PlanChanged(type, id.toString(), plan.owningUnitId(), action, List.of(fields),
                actor.username(), now));
    }
}
