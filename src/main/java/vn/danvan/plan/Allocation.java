package vn.danvan.plan;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * The share of a target one child unit takes on (of 85.000 jobs, 12.000 for one commune).
 */
@Table("plan_allocation")
public record Allocation(UUID unitId, BigDecimal amount) {
}
