package vn.danvan.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A plan in a list: title, owning unit, period, status, when issued, the plan it implements, and how many tasks it has.
 */
public record PlanSummary(UUID id, String title, UUID owningUnitId, String unitName, LocalDate periodStart,
        LocalDate periodEnd, PlanStatus status, LocalDate issuedOn, UUID parentPlanId, int taskCount) {

    public Period period() {
        return new Period(periodStart, periodEnd);
    }
}
