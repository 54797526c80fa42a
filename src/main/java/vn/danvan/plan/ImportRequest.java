package vn.danvan.plan;

import java.util.List;
import java.util.UUID;

/**
 * The reviewed items of an imported plan document that become a draft plan: what the person kept and corrected.
 * Tasks name their lead and coordinating units by the names in the document; {@code units} maps those names to units
 * of the tree (a name left unmapped leaves the task to the owning unit).
 */
public record ImportRequest(UUID owningUnitId, UUID documentId, String title, Integer fromYear, Integer toYear,
        List<String> objectives, List<Target> targets, List<Task> tasks, List<Unit> units, List<Reporting> reporting) {

    public ImportRequest {
        objectives = objectives == null ? List.of() : List.copyOf(objectives);
        targets = targets == null ? List.of() : List.copyOf(targets);
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        units = units == null ? List.of() : List.copyOf(units);
        reporting = reporting == null ? List.of() : List.copyOf(reporting);
    }

    /** A kept target: what is measured, the quantity as written ("trên 90%") and the sentence it came from. */
    public record Target(String indicator, String quantity, String source) {
    }

    /** A kept task: its number, the number of the task it is under, title, text and the names of its units. */
    public record Task(String number, String parent, String title, String text, String lead, List<String> coordinating) {

        public Task {
            coordinating = coordinating == null ? List.of() : List.copyOf(coordinating);
        }
    }

    /** A unit name of the document and the unit it stands for (null: not mapped). */
    public record Unit(String text, UUID unitId) {
    }

    /** A kept reporting rule: the sentence and its recurrence ("định kỳ 6 tháng", "trước 15/12 hằng năm"). */
    public record Reporting(String text, String recurrence) {
    }
}
