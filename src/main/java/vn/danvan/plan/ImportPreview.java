package vn.danvan.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import vn.danvan.plan.extraction.Comparison;

/**
 * What an imported plan document says, item by item with the sentence each was read from, for a person to confirm or
 * correct before the draft plan is made: the owning unit, a title and period guessed from the document, objectives,
 * targets, tasks with the units named for them (matched to the tree where possible), and reporting rules.
 */
public record ImportPreview(UUID owningUnitId, String owningUnitName, UUID documentId, String title, Integer fromYear,
        Integer toYear, List<String> objectives, List<TargetItem> targets, List<TaskItem> tasks, List<UnitItem> units,
        List<ReportingItem> reporting) {

    public ImportPreview {
        objectives = List.copyOf(objectives);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        units = List.copyOf(units);
        reporting = List.copyOf(reporting);
    }

    /** A target as read: {@code quantity} is the editable text ("trên 90%"), the rest what it means. */
    public record TargetItem(String text, String indicator, String quantity, Comparison comparison, BigDecimal value,
            BigDecimal valueMax, String unit, String source) {
    }

    /** A task as read, with the units named as lead, coordinating or responsible in its text. */
    public record TaskItem(String number, String parent, int depth, String title, String text, String lead,
            List<String> coordinating, List<String> responsible) {

        public TaskItem {
            coordinating = List.copyOf(coordinating);
            responsible = List.copyOf(responsible);
        }
    }

    /** A unit name found in the document, the unit it matched (null if none) and candidates to choose from. */
    public record UnitItem(String text, String role, UUID unitId, String unitName, List<Candidate> candidates) {

        public UnitItem {
            candidates = List.copyOf(candidates);
        }
    }

    /** A unit one may choose for a name. */
    public record Candidate(UUID id, String name) {
    }

    /** A reporting rule: the period, the yearly deadline ("--06-01"), the recipient and the recurrence as a task reads it. */
    public record ReportingItem(String period, String deadline, String to, String recurrence, String text) {
    }
}
