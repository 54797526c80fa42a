package vn.danvan.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.TableFile;
import vn.danvan.shared.calendar.DateOutOfCalendarRange;
import vn.danvan.shared.calendar.NamedDay;
import vn.danvan.shared.calendar.NegativeDayCount;
import vn.danvan.shared.calendar.NoSuchLunarDate;
import vn.danvan.shared.calendar.OfficialSchedule;
import vn.danvan.shared.calendar.ScheduleSource;
import vn.danvan.shared.calendar.WorkingCalendar;

/**
 * The calendar's front door: each year as the working calendar lays it out, and the official schedules that system
 * administrators enter or import (Bộ luật Lao động 2019 Điều 112 k.3: the Prime Minister fixes the days each year).
 */
@Service
public class OfficialCalendar {

    static final int MAX_IMPORT_ROWS = 2_000;

    private final WorkingCalendar calendar;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OfficialCalendar(WorkingCalendar calendar, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The year as the calendar counts it, official schedule or computed holidays. */
    public CalendarYear year(int year) {
        return checked(() -> {
            ScheduleSource source = isAnnounced(year) ? ScheduleSource.OFFICIAL : ScheduleSource.COMPUTED;
            return new CalendarYear(year, source, calendar.daysOff(year), calendar.swappedWorkingDays(year));
        });
    }

    /** The year's days as lines an administrator can edit: the official schedule, or the computed one to start from. */
    public List<ScheduleLine> lines(int year) {
        CalendarYear days = year(year);
        List<ScheduleLine> lines = new ArrayList<>();
        days.daysOff().forEach(d -> lines.add(new ScheduleLine(d.date(), ScheduleLine.Kind.OFF, d.name())));
        days.workingDays().forEach(d -> lines.add(new ScheduleLine(d.date(), ScheduleLine.Kind.WORKING, d.name())));
        lines.sort(Comparator.comparing(ScheduleLine::date));
        return lines;
    }

    public boolean isAnnounced(int year) {
        return jdbc.sql("select count(*) from calendar_schedule where year = ?").param(year).query(Integer.class)
                .single() > 0;
    }

    /** Stores the official schedule of a year in place of any earlier one; system administrators only. */
    @Transactional
    public void announce(Actor actor, int year, List<ScheduleLine> lines, String note) {
        requireAdministrator(actor);
        checked(() -> calendar.daysOff(year));
        List<FieldProblem> problems = new ArrayList<>();
        List<NamedDay> off = new ArrayList<>();
        List<NamedDay> working = new ArrayList<>();
        for (ScheduleLine line : lines) {
            if (line.date().getYear() != year) {
                problems.add(new FieldProblem("lines", "calendar.line.other-year", line.date(), year));
            } else if (line.kind() == ScheduleLine.Kind.WORKING && !isWeekend(line.date())) {
                problems.add(new FieldProblem("lines", "calendar.line.working-not-weekend", line.date()));
            } else {
                (line.kind() == ScheduleLine.Kind.OFF ? off : working).add(new NamedDay(line.date(), line.name()));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            new OfficialSchedule(year, off, working);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("lines", "calendar.schedule.day-twice");
        }
        boolean existed = isAnnounced(year);
        jdbc.sql("delete from calendar_schedule where year = ?").param(year).update();
        jdbc.sql("insert into calendar_schedule (year, note, updated_by, updated_at) values (?, ?, ?, ?)")
                .params(year, note == null || note.isBlank() ? null : note.strip(), actor.username(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        for (ScheduleLine line : lines) {
            jdbc.sql("insert into calendar_schedule_day (year, day, kind, name) values (?, ?, ?, ?)")
                    .params(year, line.date(), line.kind().name(), line.name()).update();
        }
        changed(actor, year, existed ? "schedule-replaced" : "schedule-announced");
    }

    /** Removes a year's official schedule, so that the computed holidays stand again. */
    @Transactional
    public void withdraw(Actor actor, int year) {
        requireAdministrator(actor);
        if (jdbc.sql("delete from calendar_schedule where year = ?").param(year).update() > 0) {
            changed(actor, year, "schedule-withdrawn");
        }
    }

    /**
     * Imports the schedules of one or more years from a CSV or XLSX table of (date, kind, name): each year listed
     * replaces its schedule; a wrong row refuses the whole file. Returns the number of days per year.
     */
    @Transactional
    public Map<Integer, Integer> importTable(Actor actor, byte[] content) {
        requireAdministrator(actor);
        List<ScheduleLine> lines = ScheduleLine.parse(TableFile.read(content, MAX_IMPORT_ROWS));
        if (lines.isEmpty()) {
            throw new InvalidInput("calendar.import.empty");
        }
        Map<Integer, List<ScheduleLine>> byYear = new TreeMap<>();
        lines.forEach(line -> byYear.computeIfAbsent(line.date().getYear(), y -> new ArrayList<>()).add(line));
        Map<Integer, Integer> counts = new TreeMap<>();
        byYear.forEach((year, days) -> {
            announce(actor, year, days, null);
            counts.put(year, days.size());
        });
        return counts;
    }

    private void changed(Actor actor, int year, String action) {
        events.publishEvent(new OfficialScheduleChanged(year, action, actor.username(), clock.instant()));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    calendar.officialScheduleChanged(year);
                }
            });
        } else {
            calendar.officialScheduleChanged(year);
        }
    }

    private static void requireAdministrator(Actor actor) {
        if (!actor.isSystemAdmin()) {
            throw new AccessDenied();
        }
    }

    private static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /**
     * Runs a computation of the calendar, turning its refusals (a year outside 1900–2199, a lunar date that does not
     * exist, a negative number of days) into bad input with a message.
     */
    public static <T> T checked(Supplier<T> computation) {
        try {
            return computation.get();
        } catch (DateOutOfCalendarRange e) {
            throw new InvalidInput("calendar.out-of-range", WorkingCalendar.FIRST_YEAR, WorkingCalendar.LAST_YEAR);
        } catch (NoSuchLunarDate e) {
            throw new InvalidInput("calendar.no-such-lunar-date");
        } catch (NegativeDayCount e) {
            throw new InvalidInput("calendar.negative-days");
        }
    }
}
