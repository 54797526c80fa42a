package vn.danvan.report;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/**
 * The units' reports.
 */
interface ReportSubmissions extends ListCrudRepository<ReportSubmission, UUID> {

    Optional<ReportSubmission> findByScheduleIdAndPeriodKeyAndUnitId(UUID scheduleId, String periodKey, UUID unitId);

    boolean existsByScheduleId(UUID scheduleId);
}
