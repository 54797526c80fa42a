package vn.danvan.report;

import vn.danvan.shared.NotFound;

/** No such unit report among those the actor sees. */
public class SubmissionNotFound extends NotFound {
    public SubmissionNotFound() {
        super("report.submission.not-found");
    }
}
