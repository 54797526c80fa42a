package vn.danvan.plan;

import java.util.List;

/**
 * A unit's report on a task: the status and progress it has reached (either may be left out), a note and the evidence
 * files that show it.
 */
public record TaskReport(TaskStatus status, Integer progress, String note, List<File> files) {

    public TaskReport {
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** An evidence file as uploaded. */
    public record File(String fileName, byte[] content) {
    }
}
