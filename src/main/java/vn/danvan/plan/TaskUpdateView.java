package vn.danvan.plan;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One report on a task as pages and the API show it: the reporting unit, when and by whom, status, progress, note and
 * evidence files.
 */
public record TaskUpdateView(UUID id, UUID unitId, String unitName, Instant at, String by, TaskStatus status,
        Integer progress, String note, List<Evidence> files) {

    /** An evidence file of a report. */
    public record Evidence(UUID id, String fileName, String mediaType, long size) {
    }
}
