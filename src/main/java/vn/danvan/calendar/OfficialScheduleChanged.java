package vn.danvan.calendar;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * The official holiday schedule of a year was announced, replaced or withdrawn.
 */
public record OfficialScheduleChanged(int year, String action, String actor, Instant occurredAt) implements AuditedChange {

    @Override
    public UUID unitId() {
        return null;
    }

    @Override
    public String entityType() {
        return "calendar-schedule";
    }

    @Override
    public String entityId() {
        return Integer.toString(year);
    }

    @Override
    public List<String> changedFields() {
        return List.of("daysOff", "workingDays");
    }
}
