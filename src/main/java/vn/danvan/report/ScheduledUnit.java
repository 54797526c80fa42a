package vn.danvan.report;

import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A unit named on a schedule's list of reporting units.
 */
@Table("report_schedule_unit")
record ScheduledUnit(UUID unitId) {
}
