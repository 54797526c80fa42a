package vn.danvan.report;

import vn.danvan.shared.NotFound;

/** No such reporting schedule among those the actor sees. */
public class ScheduleNotFound extends NotFound {
    public ScheduleNotFound() {
        super("report.schedule.not-found");
    }
}
