package vn.danvan.report;

import java.util.UUID;

/**
 * A unit expected to report for a period: one that reports under the schedule at some time in the period, or the
 * successor that took over its work after a merger or split.
 */
public record ExpectedUnit(UUID id, String name, String path) {
}
