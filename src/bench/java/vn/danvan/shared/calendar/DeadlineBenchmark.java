package vn.danvan.shared.calendar;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Deadline computations per second on one thread: random triggering days over 2020–2034 and random periods of 1–90
 * calendar or working days, on a calendar whose years are already laid out, as in a running application.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DeadlineBenchmark {

    private static final int INPUTS = 1 << 14;
    private static final int MASK = INPUTS - 1;
    private static final LocalDate FIRST_DAY = LocalDate.of(2020, 1, 1);
    private static final int SPAN_IN_DAYS = 15 * 365;

    private WorkingCalendar calendar;
    private final LocalDate[] triggeringDays = new LocalDate[INPUTS];
    private final int[] lengths = new int[INPUTS];
    private final TimeLimit[] inDays = new TimeLimit[INPUTS];
    private final TimeLimit[] inWorkingDays = new TimeLimit[INPUTS];
    private int next;

    @Setup(Level.Trial)
    public void prepare() {
        calendar = WorkingCalendar.withComputedHolidays();
        Random random = new Random(20260217);
        for (int i = 0; i < INPUTS; i++) {
            triggeringDays[i] = FIRST_DAY.plusDays(random.nextInt(SPAN_IN_DAYS));
            lengths[i] = 1 + random.nextInt(90);
            inDays[i] = TimeLimit.days(lengths[i]);
            inWorkingDays[i] = TimeLimit.workingDays(lengths[i]);
            calendar.deadline(triggeringDays[i], inWorkingDays[i]);
        }
    }

    @Benchmark
    public LocalDate deadlineInCalendarDays() {
        int i = next++ & MASK;
        return calendar.deadline(triggeringDays[i], inDays[i]);
    }

    @Benchmark
    public LocalDate deadlineInWorkingDays() {
        int i = next++ & MASK;
        return calendar.deadline(triggeringDays[i], inWorkingDays[i]);
    }

    /** Half the periods in calendar days and half in working days, as the statutes mix them. */
    @Benchmark
    public LocalDate deadlineMixed() {
        int i = next++ & MASK;
        return calendar.deadline(triggeringDays[i], (i & 1) == 0 ? inDays[i] : inWorkingDays[i]);
    }

    @Benchmark
    public int workingDaysLeft() {
        int i = next++ & MASK;
        return calendar.workingDaysBetween(triggeringDays[i], triggeringDays[(i + 1) & MASK]);
    }

    /** The one-off cost of laying out a year after its official schedule changed: lunar dates and prefix sums. */
    @Benchmark
    public boolean layingOutAYearAfterAScheduleChange() {
        int year = 2020 + (next++ % 15);
        calendar.officialScheduleChanged(year);
        return calendar.isWorkingDay(LocalDate.of(year, 6, 1));
    }
}
