package vn.danvan.report.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import vn.danvan.org.UnitKind;
import vn.danvan.report.NewSchedule;
import vn.danvan.report.PeriodType;
import vn.danvan.report.ReportSchedule;
import vn.danvan.shared.InvalidInput;

/**
 * A schedule as an office fills it in: reporting units either by kinds under a unit, or as unit codes one per line;
 * reminders as days before the deadline ("7, 3").
 */
record ScheduleForm(String name, UUID templateId, UUID coordinatingUnitId, UUID rootUnitId, Set<UnitKind> unitKinds,
        String unitCodes, PeriodType periodType, String deadlineMonthOffset, String deadlineDay, LocalDate adHocFrom,
        LocalDate adHocTo, LocalDate adHocDue, String graceDays, String reminderDays, String firstYear) {

    static ScheduleForm blank(UUID coordinatingUnitId, int year) {
        return new ScheduleForm("", null, coordinatingUnitId, null, Set.of(), "", PeriodType.HALF_YEAR, "0", "1", null, null,
                null, "10", "7, 3", Integer.toString(year));
    }

    static ScheduleForm of(ReportSchedule s, String unitCodes) {
        return new ScheduleForm(s.name(), s.templateId(), s.coordinatingUnitId(), s.rootUnitId(), s.unitKinds(), unitCodes,
                s.periodType(), Integer.toString(s.deadlineRule().monthOffset()), Integer.toString(s.deadlineRule().day()),
                s.adHocFrom(), s.adHocTo(), s.adHocDue(), Integer.toString(s.graceDays()),
                s.reminderDays().stream().map(String::valueOf).collect(Collectors.joining(", ")), Integer.toString(s.firstYear()));
    }

    List<String> codes() {
        return unitCodes == null ? List.of() : unitCodes.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    NewSchedule toNewSchedule(List<UUID> unitIds) {
        List<Integer> reminders = new ArrayList<>();
        for (String day : (reminderDays == null ? "" : reminderDays).split("[,;\\s]+")) {
            if (!day.isBlank()) {
                try {
                    reminders.add(Integer.valueOf(day));
                } catch (NumberFormatException e) {
                    throw InvalidInput.field("reminderDays", "report.schedule.reminders-invalid");
                }
            }
        }
        boolean byList = !unitIds.isEmpty();
        return new NewSchedule(name, templateId, coordinatingUnitId, byList ? null : rootUnitId,
                byList ? null : unitKinds, byList ? unitIds : null, periodType,
                number("deadlineMonthOffset", deadlineMonthOffset, 0, "report.schedule.deadline-offset-invalid"),
                number("deadlineDay", deadlineDay, 1, "report.schedule.deadline-day-invalid"), adHocFrom, adHocTo, adHocDue,
                number("graceDays", graceDays, 0, "report.schedule.grace-invalid"), reminders,
                number("firstYear", firstYear, 0, "report.schedule.first-year-invalid"), null);
    }

    /** A whole number typed in a field, the default when blank. */
    private static int number(String field, String text, int blank, String problem) {
        if (text == null || text.isBlank()) {
            return blank;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.field(field, problem);
        }
    }
}
