package vn.danvan.plan;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A task in a list across plans ("my tasks", overdue tasks): its plan, number, title, lead unit, deadline or
 * recurrence, status, progress and whether it is overdue; {@code role} says whether the unit leads or coordinates it.
 */
public record TaskRow(UUID taskId, UUID planId, String planTitle, String number, String title, UUID leadUnitId,
        String leadUnitName, LocalDate dueOn, String recurrence, TaskStatus status, int progress, boolean overdue,
        String role) {
}
