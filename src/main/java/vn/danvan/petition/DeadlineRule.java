package vn.danvan.petition;

import java.time.LocalDate;

import vn.danvan.shared.calendar.DayCount;
import vn.danvan.shared.calendar.TimeLimit;

/**
 * The statutory period of one step as a law set it from a date: the ordinary period, the longer ones for complex,
 * especially complex and remote-area cases (null where the law allows none), how many extensions may be decided, and
 * the law and the page it was read from.
 */
public record DeadlineRule(String id, Step step, LocalDate effectiveFrom, int period, DayCount dayCount,
        Integer complexPeriod, Integer especiallyComplexPeriod, Integer remotePeriod, Integer remoteComplexPeriod,
        int maxExtensions, String law, String source, boolean verified) {

    /** The period the case starts with: the ordinary one, or the remote-area one where the law sets it. */
    public TimeLimit initialLimit(boolean remote) {
        return new TimeLimit(remote && remotePeriod != null ? remotePeriod : period, dayCount);
    }

    /** The longest total period for a case of this complexity, or null when the law allows no extension for it. */
    public Integer maximumPeriod(Complexity complexity, boolean remote) {
        return switch (complexity) {
            case NORMAL -> remote && remotePeriod != null ? remotePeriod : period;
            case COMPLEX -> remote && remoteComplexPeriod != null ? remoteComplexPeriod : complexPeriod;
            case ESPECIALLY_COMPLEX -> remote && remoteComplexPeriod != null ? remoteComplexPeriod
                    : especiallyComplexPeriod != null ? especiallyComplexPeriod : complexPeriod;
        };
    }
}
