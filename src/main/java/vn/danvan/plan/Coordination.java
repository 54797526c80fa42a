package vn.danvan.plan;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A coordinating unit (đơn vị phối hợp) of a task with the contribution it last reported.
 */
@Table("plan_task_coordinator")
public record Coordination(UUID unitId, String contribution, Integer progress, Instant reportedAt) {

    static Coordination of(UUID unitId) {
        return new Coordination(unitId, null, null, null);
    }
}
