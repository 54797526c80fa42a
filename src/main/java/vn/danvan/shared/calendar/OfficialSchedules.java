package vn.danvan.shared.calendar;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The official holiday schedules announced so far, one per year at most; a database-backed store implements it, and
 * tells the {@link WorkingCalendar} through {@link WorkingCalendar#officialScheduleChanged(int)} when one changes.
 */
@FunctionalInterface
public interface OfficialSchedules {

    /** The schedule announced for {@code year}, or empty while the computed holidays stand. */
    Optional<OfficialSchedule> forYear(int year);

    /** No schedule announced for any year: every year uses the computed holidays. */
    static OfficialSchedules none() {
        return year -> Optional.empty();
    }

    /** A fixed set of schedules, for tests and for years that will not change. */
    static OfficialSchedules of(OfficialSchedule... schedules) {
        Map<Integer, OfficialSchedule> byYear = Stream.of(schedules)
                .collect(Collectors.toUnmodifiableMap(OfficialSchedule::year, Function.identity()));
        return year -> Optional.ofNullable(byYear.get(year));
    }
}
