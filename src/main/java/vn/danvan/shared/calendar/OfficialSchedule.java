package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The holiday schedule announced for one year (the Prime Minister fixes the days under Bộ luật Lao động 2019
 * Điều 112 k.3; the Ministry of Home Affairs announces them for state agencies, often with weekend days swapped for
 * working days), which replaces that year's computed holidays entirely.
 *
 * <p>The schedule is taken as announced: it lists every day off that is not a plain weekend day, including any day in
 * lieu of a holiday on a weekend, since the announcement already applies Điều 111 k.3. Weekends stay days off except
 * the listed working days. All days must fall in {@code year}.
 *
 * @param daysOff     the days off, each with its name; weekend days may be listed too
 * @param workingDays the weekend days made working days (ngày làm bù), each with its name
 */
public record OfficialSchedule(int year, List<NamedDay> daysOff, List<NamedDay> workingDays) {

    public OfficialSchedule {
        daysOff = List.copyOf(daysOff);
        workingDays = List.copyOf(workingDays);
        Set<LocalDate> seen = new HashSet<>();
        for (NamedDay day : daysOff) {
            requireInYear(year, day);
            if (!seen.add(day.date())) {
                throw new IllegalArgumentException("The official schedule of " + year + " lists " + day.date()
                        + " twice as a day off");
            }
        }
        Set<LocalDate> seenWorking = new HashSet<>();
        for (NamedDay day : workingDays) {
            requireInYear(year, day);
            if (seen.contains(day.date())) {
                throw new IllegalArgumentException("The official schedule of " + year + " lists " + day.date()
                        + " both as a day off and as a working day");
            }
            if (!seenWorking.add(day.date())) {
                throw new IllegalArgumentException("The official schedule of " + year + " lists " + day.date()
                        + " twice as a working day");
            }
        }
    }

    private static void requireInYear(int year, NamedDay day) {
        if (day.date().getYear() != year) {
            throw new IllegalArgumentException("The official schedule of " + year + " cannot list " + day.date()
                    + " (" + day.name() + "), a day of another year");
        }
    }
}
