package vn.danvan.calendar;

import java.util.List;

import vn.danvan.shared.calendar.DayOff;
import vn.danvan.shared.calendar.ScheduleSource;
import vn.danvan.shared.calendar.SwappedWorkingDay;

/**
 * A year of the working calendar: its days off besides plain weekends and its weekend days made working days, each
 * with its name and whether it was computed or taken from the official schedule.
 */
public record CalendarYear(int year, ScheduleSource source, List<DayOff> daysOff, List<SwappedWorkingDay> workingDays) {

    public CalendarYear {
        daysOff = List.copyOf(daysOff);
        workingDays = List.copyOf(workingDays);
    }
}
