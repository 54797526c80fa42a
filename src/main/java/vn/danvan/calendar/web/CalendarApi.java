package vn.danvan.calendar.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import vn.danvan.calendar.CalendarYear;
import vn.danvan.calendar.OfficialCalendar;
import vn.danvan.calendar.ScheduleLine;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.calendar.LunarCalendar;
import vn.danvan.shared.calendar.LunarDate;
import vn.danvan.shared.calendar.TimeLimit;
import vn.danvan.shared.calendar.WorkingCalendar;

/**
 * The Vietnamese working calendar over REST: a year's days off and swapped working days, solar–lunar conversion for
 * UTC+7, adding calendar or working days, and the official schedules (system administrators).
 */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApi {

    private final OfficialCalendar official;
    private final WorkingCalendar calendar;

    CalendarApi(OfficialCalendar official, WorkingCalendar calendar) {
        this.official = official;
        this.calendar = calendar;
    }

    @GetMapping("/{year}")
    CalendarYear year(@PathVariable int year) {
        return official.year(year);
    }

    /** A solar day as a lunar date. */
    record Lunar(LocalDate date, int year, int month, int day, boolean leap) {
    }

    @GetMapping("/lunar")
    Lunar lunar(@RequestParam LocalDate date) {
        LunarDate lunar = OfficialCalendar.checked(() -> LunarCalendar.toLunar(date));
        return new Lunar(date, lunar.year(), lunar.month(), lunar.day(), lunar.leap());
    }

    @GetMapping("/solar")
    Lunar solar(@RequestParam int year, @RequestParam int month, @RequestParam int day,
            @RequestParam(defaultValue = "false") boolean leap) {
        LocalDate date = OfficialCalendar.checked(() -> LunarCalendar.toSolar(new LunarDate(year, month, day, leap)));
        return new Lunar(date, year, month, day, leap);
    }

    /** How days are counted: plain days, or working days. */
    enum Unit {
        CALENDAR, WORKING
    }

    /**
     * The day {@code days} days after {@code from}, and the deadline of a period of that length under the Civil Code
     * (a period ending on a day off ends on the next working day).
     */
    record Addition(LocalDate from, int days, Unit unit, LocalDate date, LocalDate deadline, boolean workingDay) {
    }

    @GetMapping("/add")
    Addition add(@RequestParam LocalDate from, @RequestParam int days, @RequestParam(defaultValue = "CALENDAR") Unit unit) {
        return OfficialCalendar.checked(() -> {
            LocalDate date = unit == Unit.CALENDAR ? calendar.addCalendarDays(from, days) : calendar.addWorkingDays(from, days);
            TimeLimit limit = unit == Unit.CALENDAR ? TimeLimit.days(days) : TimeLimit.workingDays(days);
            LocalDate deadline = calendar.deadline(from, limit);
            return new Addition(from, days, unit, date, deadline, calendar.isWorkingDay(date));
        });
    }

    /** A year's official schedule: its days, and a note on where it was announced. */
    record ScheduleRequest(List<ScheduleLine> days, String note) {
    }

    @PutMapping("/{year}/official")
    CalendarYear announce(@AuthenticationPrincipal Actor actor, @PathVariable int year, @RequestBody ScheduleRequest request) {
        if (request.days() == null || request.days().stream().anyMatch(d -> d == null || d.date() == null
                || d.kind() == null || d.name() == null || d.name().isBlank())) {
            throw InvalidInput.field("days", "calendar.line.incomplete");
        }
        official.announce(actor, year, request.days(), request.note());
        return official.year(year);
    }

    @DeleteMapping("/{year}/official")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void withdraw(@AuthenticationPrincipal Actor actor, @PathVariable int year) {
        official.withdraw(actor, year);
    }

    @PostMapping("/official/import")
    Map<Integer, Integer> importTable(@AuthenticationPrincipal Actor actor, @RequestPart("file") MultipartFile file)
            throws IOException {
        return official.importTable(actor, file.getBytes());
    }
}
