package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The working days of one solar year, laid out once so that deadline arithmetic is array reads: which days are
 * working days, how many fall up to each day, and the position of the n-th one.
 */
final class YearPlan {

    final int year;
    final long firstEpochDay;
    final List<DayOff> daysOff;
    final List<SwappedWorkingDay> swappedWorkingDays;
    /** {@code workingDaysBefore[i]}: working days among the first {@code i} days of the year (index 0 = 01/01). */
    private final short[] workingDaysBefore;
    /** Day-of-year index (0 = 01/01) of each working day, in order. */
    private final short[] workingDayIndex;

    YearPlan(int year, List<DayOff> daysOff, List<SwappedWorkingDay> swappedWorkingDays) {
        this.year = year;
        LocalDate firstDay = LocalDate.of(year, 1, 1);
        this.firstEpochDay = firstDay.toEpochDay();
        this.daysOff = daysOff.stream().sorted(Comparator.comparing(DayOff::date)).toList();
        this.swappedWorkingDays = swappedWorkingDays.stream()
                .sorted(Comparator.comparing(SwappedWorkingDay::date)).toList();

        int length = Year.of(year).length();
        boolean[] working = new boolean[length];
        for (int i = 0; i < length; i++) {
            working[i] = !HolidayRules.isWeekend(firstDay.plusDays(i));
        }
        for (SwappedWorkingDay day : this.swappedWorkingDays) {
            working[indexOf(day.date())] = true;
        }
        for (DayOff day : this.daysOff) {
            working[indexOf(day.date())] = false;
        }
        this.workingDaysBefore = new short[length + 1];
        short[] index = new short[length];
        int count = 0;
        for (int i = 0; i < length; i++) {
            if (working[i]) {
                index[count++] = (short) i;
            }
            workingDaysBefore[i + 1] = (short) count;
        }
        this.workingDayIndex = Arrays.copyOf(index, count);
    }

    boolean isWorkingDay(int dayIndex) {
        return workingDaysBefore[dayIndex + 1] != workingDaysBefore[dayIndex];
    }

    /** Working days from 01/01 up to and including the day at {@code dayIndex}. */
    int workingDaysThrough(int dayIndex) {
        return workingDaysBefore[dayIndex + 1];
    }

    int workingDayCount() {
        return workingDayIndex.length;
    }

    /** The epoch day of the {@code rank}-th working day of the year, counting from 1. */
    long epochDayOfWorkingDay(int rank) {
        return firstEpochDay + workingDayIndex[rank - 1];
    }

    private int indexOf(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException(date + " is not a day of " + year);
        }
        return date.getDayOfYear() - 1;
    }
}
