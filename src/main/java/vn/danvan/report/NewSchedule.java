package vn.danvan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import vn.danvan.org.UnitKind;

/**
 * What a coordinating office gives to set up a schedule: reporting units either by kinds under a root unit or as a
 * list; deadline "before day {@code deadlineDay} of the period's last month shifted by {@code deadlineMonthOffset}"
 * (ad hoc reports give their window and due date); reminders that many days before the deadline.
 */
public record NewSchedule(String name, UUID templateId, UUID coordinatingUnitId, UUID rootUnitId, Set<UnitKind> unitKinds,
        List<UUID> unitIds, PeriodType periodType, int deadlineMonthOffset, int deadlineDay, LocalDate adHocFrom,
        LocalDate adHocTo, LocalDate adHocDue, int graceDays, List<Integer> reminderDays, int firstYear, UUID planId) {
}
