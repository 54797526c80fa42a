package vn.danvan.plan.extraction;

import java.util.List;

/** What a plan document says, item by item, for a person to review before a draft plan is made of it. */
public record PlanExtraction(List<String> objectives, List<ExtractedTarget> targets, List<ExtractedTask> tasks,
        List<ExtractedAssignment> assignments, List<ReportingRule> reporting) {

    public PlanExtraction {
        objectives = List.copyOf(objectives);
        targets = List.copyOf(targets);
        tasks = List.copyOf(tasks);
        assignments = List.copyOf(assignments);
        reporting = List.copyOf(reporting);
    }

    /** Whether the text read like a plan at all: nothing to do, reach or report. */
    public boolean isEmpty() {
        return targets.isEmpty() && tasks.isEmpty() && assignments.isEmpty() && reporting.isEmpty();
    }
}
