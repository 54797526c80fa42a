package vn.danvan.report;

import java.time.Instant;
import java.util.UUID;

/**
 * A unit sent in its report for a period, on time or late; dashboards and reminders listen.
 */
public record ReportSubmitted(UUID submissionId, UUID scheduleId, String periodKey, UUID unitId, boolean onTime,
        Instant submittedAt) {
}
