package vn.danvan.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A unit issued its plan (for an implementing plan: adopted the higher one) on a date.
 */
public record PlanIssued(UUID planId, UUID unitId, UUID parentPlanId, LocalDate issuedOn) {
}
