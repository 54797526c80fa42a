package vn.danvan.plan.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import vn.danvan.plan.Allocation;
import vn.danvan.plan.NewTarget;
import vn.danvan.plan.NewTask;
import vn.danvan.plan.Period;
import vn.danvan.plan.TaskStatus;
import vn.danvan.plan.extraction.Comparison;
import vn.danvan.shared.InvalidInput;

/**
 * The plans' REST request and response bodies.
 */
final class PlanDtos {

    private PlanDtos() {
    }

    /** A period given as years (fromYear alone for one year) or as dates. */
    static Period period(Integer fromYear, Integer toYear, LocalDate start, LocalDate end) {
        if (fromYear != null) {
            return Period.years(fromYear, toYear == null ? fromYear : toYear);
        }
        if (start == null || end == null) {
            throw InvalidInput.field("period", "plan.period.required");
        }
        return new Period(start, end);
    }

    record Created(UUID id) {
    }

    record CreatedMany(List<UUID> ids) {
    }

    record Version(Long version) {
    }

    record PlanBody(UUID owningUnitId, String title, String objectives, Integer fromYear, Integer toYear,
            LocalDate periodStart, LocalDate periodEnd, Long version) {

        Period period() {
            return PlanDtos.period(fromYear, toYear, periodStart, periodEnd);
        }
    }

    /** A target given either as written ({@code quantity}: "trên 90%") or by comparison, value and unit. */
    record TargetBody(String indicator, String quantity, Comparison comparison, BigDecimal value, BigDecimal valueMax,
            String unit, BigDecimal baseline, LocalDate dueOn, BigDecimal tolerance, Long version) {

        NewTarget target() {
            if (quantity != null && !quantity.isBlank()) {
                return NewTarget.written(indicator, quantity, baseline, dueOn, tolerance);
            }
            return new NewTarget(indicator, comparison, value, valueMax, unit, baseline, dueOn, tolerance, null);
        }
    }

    record Allocations(Long version, List<Allocation> allocations) {
    }

    record Measurement(Long version, BigDecimal value, LocalDate on) {
    }

    record TaskBody(String number, UUID parentId, String title, String text, UUID leadUnitId,
            List<UUID> coordinatingUnitIds, String responsible, LocalDate dueOn, String recurrence, BigDecimal weight,
            Long version) {

        NewTask task() {
            return new NewTask(number, parentId, title, text, leadUnitId, coordinatingUnitIds, responsible, dueOn, recurrence,
                    weight);
        }
    }

    record Report(Long version, TaskStatus status, Integer progress, String note) {
    }

    record Contribution(UUID unitId, String note, Integer progress) {
    }

    record Issue(Long version, LocalDate issuedOn, UUID documentId) {
    }

    record Cascade(List<UUID> unitIds) {
    }
}
