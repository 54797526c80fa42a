package vn.danvan.petition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import vn.danvan.shared.calendar.WorkingCalendar;

/**
 * The clock of a case's current step as a handler reads it: the due day, the calendar and working days left (negative
 * once overdue), and whether it is on track, due today or overdue; stopped once the case is finished.
 */
public record DeadlineClock(LocalDate dueOn, long daysLeft, int workingDaysLeft, State state) {

    /** How the case stands against its due day. */
    public enum State {
        ON_TRACK, DUE_TODAY, OVERDUE, STOPPED
    }

    static DeadlineClock of(LocalDate dueOn, boolean running, LocalDate today, WorkingCalendar calendar) {
        if (!running || dueOn == null) {
            return new DeadlineClock(dueOn, 0, 0, State.STOPPED);
        }
        long days = ChronoUnit.DAYS.between(today, dueOn);
        State state = days > 0 ? State.ON_TRACK : days == 0 ? State.DUE_TODAY : State.OVERDUE;
        return new DeadlineClock(dueOn, days, calendar.workingDaysBetween(today, dueOn), state);
    }
}
