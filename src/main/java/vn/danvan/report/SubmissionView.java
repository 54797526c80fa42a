package vn.danvan.report;

import java.time.Instant;
import java.util.List;

import vn.danvan.org.UnitSummary;

/**
 * Everything a page or client needs about one unit's report: the report, its schedule, template, period, deadline,
 * unit, history, and what the actor may do with it.
 */
public record SubmissionView(ReportSubmission submission, ReportSchedule schedule, ReportTemplate template,
        ReportingPeriod period, Deadline deadline, UnitSummary unit, UnitSummary coordinatingUnit, List<Step> history,
        boolean mayEdit, boolean mayDecide, boolean mayReopen) {

    /** One step of the report's life; submissions carry the snapshot of what was sent (a version). */
    public record Step(int seq, String action, String actor, Instant at, String note, boolean hasSnapshot) {
    }

    public boolean isOnTime() {
        return deadline.isOnTime(submission.firstSubmittedAt());
    }
}
