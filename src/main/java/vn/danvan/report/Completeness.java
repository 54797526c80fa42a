package vn.danvan.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who has reported for one period of a schedule: every expected unit once, with its status and timeliness. Counts come
 * from the same rows, so the rates can never pass 100 %.
 */
public record Completeness(ReportSchedule schedule, ReportingPeriod period, Deadline deadline, List<Row> rows) {

    /** One expected unit: its report (if any) and whether it came in, on time or late. */
    public record Row(ExpectedUnit unit, UUID submissionId, SubmissionStatus status, Instant firstSubmittedAt,
            boolean submitted, boolean onTime) {

        public boolean isLate() {
            return submitted && !onTime;
        }

        public boolean isMissing() {
            return !submitted;
        }
    }

    public int expected() {
        return rows.size();
    }

    public int submitted() {
        return (int) rows.stream().filter(Row::submitted).count();
    }

    public int onTime() {
        return (int) rows.stream().filter(Row::onTime).count();
    }

    public int late() {
        return (int) rows.stream().filter(Row::isLate).count();
    }

    public int missing() {
        return expected() - submitted();
    }

    /** Submitted as a percentage of expected, 0–100. */
    public double submittedRate() {
        return rate(submitted());
    }

    public double onTimeRate() {
        return rate(onTime());
    }

    private double rate(int count) {
        return rows.isEmpty() ? 0 : Math.round(1000.0 * count / rows.size()) / 10.0;
    }

    public List<Row> missingRows() {
        return rows.stream().filter(Row::isMissing).toList();
    }

    public List<Row> lateRows() {
        return rows.stream().filter(Row::isLate).toList();
    }
}
