package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The working days of Vietnamese state agencies and the deadlines counted on them: Saturdays and Sundays off, the
 * public holidays of Bộ luật Lao động 2019 Điều 112 with days in lieu for those on a weekend (Điều 111 k.3), each
 * year's official schedule in place of the computed holidays where one is announced, and periods counted by the
 * Civil Code (Bộ luật Dân sự 2015 Điều 147–148).
 *
 * <p>Each year is laid out once, on first use, and kept until {@link #officialScheduleChanged(int)}; deadline
 * arithmetic is then a few array reads. Covers 1900–2199; dates outside raise {@link DateOutOfCalendarRange}.
 * Safe for use by many threads.
 */
public final class WorkingCalendar {

    /** The first year the calendar covers. */
    public static final int FIRST_YEAR = LunarCalendar.EARLIEST.getYear();

    /** The last year the calendar covers. */
    public static final int LAST_YEAR = LunarCalendar.LATEST.getYear();

    private final HolidayRules rules;
    private final OfficialSchedules officialSchedules;
    private final AtomicReferenceArray<YearPlan> plans = new AtomicReferenceArray<>(LAST_YEAR - FIRST_YEAR + 1);
    private final Object planning = new Object();

    public WorkingCalendar(HolidayRules rules, OfficialSchedules officialSchedules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.officialSchedules = Objects.requireNonNull(officialSchedules, "officialSchedules");
    }

    /** The calendar of the 2019 Labour Code's default holidays, with no official schedule for any year. */
    public static WorkingCalendar withComputedHolidays() {
        return new WorkingCalendar(HolidayRules.LABOUR_CODE_2019, OfficialSchedules.none());
    }

    /** Whether {@code day} is a working day: not a weekend unless swapped, and not a day off. */
    public boolean isWorkingDay(LocalDate day) {
        return plan(day).isWorkingDay(day.getDayOfYear() - 1);
    }

    /** The day {@code days} calendar days after {@code from}, working or not; {@code from} itself for 0. */
    public LocalDate addCalendarDays(LocalDate from, int days) {
        requireNotNegative(days);
        requireCovered(from);
        return requireCovered(from.plusDays(days));
    }

    /**
     * The {@code days}-th working day after {@code from}, counting from the day after it; {@code from} itself, working
     * day or not, for 0.
     */
    public LocalDate addWorkingDays(LocalDate from, int days) {
        requireNotNegative(days);
        YearPlan plan = plan(from);
        if (days == 0) {
            return from;
        }
        // Rank of the wanted working day within the year of plan, counting from 1.
        long rank = (long) plan.workingDaysThrough(from.getDayOfYear() - 1) + days;
        while (rank > plan.workingDayCount()) {
            if (plan.year == LAST_YEAR) {
                throw new DateOutOfCalendarRange(days + " working days after " + from + " fall after " + LAST_YEAR
                        + ", the last covered year");
            }
            rank -= plan.workingDayCount();
            plan = plan(plan.year + 1);
        }
        return LocalDate.ofEpochDay(plan.epochDayOfWorkingDay((int) rank));
    }

    /** {@code day} if it is a working day, else the first working day after it. */
    public LocalDate workingDayOnOrAfter(LocalDate day) {
        return isWorkingDay(day) ? day : addWorkingDays(day, 1);
    }

    /**
     * The last day of a period that starts on the day after {@code triggeringDay}; the period ends at the end (24:00)
     * of the returned day (Bộ luật Dân sự 2015 Điều 147, Điều 148).
     *
     * <p>In calendar days, the period ends on the {@code length}-th day after the triggering day, or at the end of the
     * next working day if that day is a weekend or holiday (Điều 148). In working days, it ends on the
     * {@code length}-th working day after the triggering day. A period of 0 days ends with the triggering day itself,
     * or the next working day if that day is off.
     */
    public LocalDate deadline(LocalDate triggeringDay, TimeLimit limit) {
        if (limit.length() == 0) {
            return workingDayOnOrAfter(triggeringDay);
        }
        return switch (limit.unit()) {
            case CALENDAR_DAYS -> workingDayOnOrAfter(addCalendarDays(triggeringDay, limit.length()));
            case WORKING_DAYS -> addWorkingDays(triggeringDay, limit.length());
        };
    }

    /**
     * The working days after {@code from} up to and including {@code to}, so that
     * {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}: the working days left from today until a deadline.
     * Negative when {@code to} is before {@code from}, the working days by which a deadline has passed.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        YearPlan fromPlan = plan(from);
        YearPlan toPlan = plan(to);
        int count = toPlan.workingDaysThrough(to.getDayOfYear() - 1)
                - fromPlan.workingDaysThrough(from.getDayOfYear() - 1);
        for (int year = from.getYear(); year < to.getYear(); year++) {
            count += plan(year).workingDayCount();
        }
        return count;
    }

    /** The days off of {@code year} besides plain weekend days, in date order, each with its name and source. */
    public List<DayOff> daysOff(int year) {
        return plan(year).daysOff;
    }

    /** The weekend days of {@code year} made working days by its official schedule, in date order. */
    public List<SwappedWorkingDay> swappedWorkingDays(int year) {
        return plan(year).swappedWorkingDays;
    }

    /** Forgets what was laid out for {@code year}, to be called once its official schedule is stored or removed. */
    public void officialScheduleChanged(int year) {
        requireCovered(year);
        synchronized (planning) {
            plans.set(year - FIRST_YEAR, null);
        }
    }

    /** Forgets every year laid out, to be called when many official schedules changed at once. */
    public void officialSchedulesChanged() {
        synchronized (planning) {
            for (int i = 0; i < plans.length(); i++) {
                plans.set(i, null);
            }
        }
    }

    private YearPlan plan(LocalDate day) {
        return plan(day.getYear());
    }

    private YearPlan plan(int year) {
        requireCovered(year);
        YearPlan plan = plans.get(year - FIRST_YEAR);
        return plan != null ? plan : layOut(year);
    }

    /**
     * Lays out a year under the lock that invalidation also takes, so a plan built from a schedule that changed
     * meanwhile cannot be stored after the change was announced.
     */
    private YearPlan layOut(int year) {
        synchronized (planning) {
            YearPlan plan = plans.get(year - FIRST_YEAR);
            if (plan == null) {
                plan = planOf(year);
                plans.set(year - FIRST_YEAR, plan);
            }
            return plan;
        }
    }

    private YearPlan planOf(int year) {
        Optional<OfficialSchedule> official = officialSchedules.forYear(year);
        if (official.isEmpty()) {
            return new YearPlan(year, rules.daysOffIn(year), List.of());
        }
        OfficialSchedule schedule = official.get();
        if (schedule.year() != year) {
            throw new IllegalStateException("Asked for the official schedule of " + year + ", got that of "
                    + schedule.year());
        }
        return new YearPlan(year,
                schedule.daysOff().stream()
                        .map(day -> new DayOff(day.date(), day.name(), ScheduleSource.OFFICIAL)).toList(),
                schedule.workingDays().stream()
                        .map(day -> new SwappedWorkingDay(day.date(), day.name(), ScheduleSource.OFFICIAL)).toList());
    }

    private static LocalDate requireCovered(LocalDate day) {
        requireCovered(day.getYear());
        return day;
    }

    private static void requireCovered(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new DateOutOfCalendarRange("The year " + year + " is outside the covered years " + FIRST_YEAR
                    + " – " + LAST_YEAR);
        }
    }

    private static void requireNotNegative(int days) {
        if (days < 0) {
            throw new NegativeDayCount(days);
        }
    }
}
