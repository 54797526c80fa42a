package vn.danvan.report;

import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The reporting schedules.
 */
interface ReportSchedules extends ListCrudRepository<ReportSchedule, UUID> {
}
