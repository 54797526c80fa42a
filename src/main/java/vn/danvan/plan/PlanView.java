package vn.danvan.plan;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.danvan.plan.extraction.Comparison;

/**
 * A plan as its page and the API show it: particulars, objectives, targets with their status and the units' results,
 * the task tree (in order, with depth) with lead and coordinating units and the units' progress, and which units have
 * adopted it in their own plans.
 */
public record PlanView(UUID id, String title, UUID owningUnitId, String unitName, LocalDate periodStart,
        LocalDate periodEnd, PlanStatus status, LocalDate issuedOn, LocalDate closedOn, UUID documentId,
        String documentSymbol, UUID parentPlanId, String parentTitle, String objectives, Integer progress,
        Instant updatedAt, String updatedBy, long version, List<TargetView> targets, List<TaskView> tasks,
        List<Adoption> adoption) {

    public PlanView {
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        adoption = List.copyOf(adoption);
    }

    public Period period() {
        return new Period(periodStart, periodEnd);
    }

    public boolean isDraft() {
        return status == PlanStatus.DRAFT;
    }

    /** A target with its status and, for a cascaded plan, how the implementing units' targets stand. */
    public record TargetView(UUID id, int ord, String indicator, Comparison comparison, BigDecimal value,
            BigDecimal valueMax, String measure, BigDecimal baseline, LocalDate dueOn, BigDecimal tolerance,
            BigDecimal latestValue, LocalDate latestOn, TargetStatus status, UUID implementsId, String sourceText,
            List<AllocationView> allocations, int unitsMeasured, int unitsOnTrack, int unitsTotal,
            TargetStatus unitsStatus, BigDecimal unitsSum, long version) {
    }

    /** A target's share for one unit. */
    public record AllocationView(UUID unitId, String unitName, BigDecimal amount) {
    }

    /**
     * A task in the tree: progress is its own, or derived from its sub-tasks; {@code unitsProgress} is the average of
     * the tasks implementing it in the units' plans.
     */
    public record TaskView(UUID id, UUID parentId, int depth, String number, String title, String text, UUID leadUnitId,
            String leadUnitName, List<CoordinatorView> coordinators, String responsible, LocalDate dueOn,
            String recurrence, LocalDate nextDue, java.math.BigDecimal weight, TaskStatus status, int progress,
            boolean derived, boolean overdue, Integer unitsProgress, int unitsCount, UUID implementsId, long version) {
    }

    /** A coordinating unit of a task with its contribution. */
    public record CoordinatorView(UUID unitId, String unitName, String contribution, Integer progress) {
    }

    /** A unit the plan was cascaded to: its implementing plan, whether and when it was issued, and how far it is. */
    public record Adoption(UUID planId, UUID unitId, String unitName, PlanStatus status, LocalDate issuedOn,
            Integer progress, TargetStatus targetStatus) {
    }
}
