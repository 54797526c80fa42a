package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A named day off besides the weekly rest days: a public holiday (Bộ luật Lao động 2019 Điều 112), a day off in lieu
 * of a holiday that fell on a weekend (Điều 111 k.3), or a day of an officially announced holiday break.
 */
public record DayOff(LocalDate date, String name, ScheduleSource source) {

    public DayOff {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
