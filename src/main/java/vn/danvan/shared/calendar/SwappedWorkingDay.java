package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A weekly rest day that the year's official schedule makes a working day (ngày làm bù), in exchange for a working
 * day moved into a holiday break.
 */
public record SwappedWorkingDay(LocalDate date, String name, ScheduleSource source) {

    public SwappedWorkingDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
