package vn.danvan.report;

import java.util.UUID;

/**
 * A report a unit owes or has sent for one period of a schedule, as listed on "my reports".
 */
public record DueReport(ReportSchedule schedule, ReportingPeriod period, Deadline deadline, ExpectedUnit unit,
        UUID submissionId, SubmissionStatus status, boolean onTime) {
}
