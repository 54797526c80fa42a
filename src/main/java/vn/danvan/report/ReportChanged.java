package vn.danvan.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import vn.danvan.shared.AuditedChange;

/**
 * Something of the reporting module changed — a template or schedule set up, a unit's report saved, submitted,
 * returned, approved or reopened — recorded in the audit trail by ids and field names only.
 */
public record ReportChanged(String entityType, String entityId, UUID unitId, String action, List<String> changedFields,
        String actor, Instant occurredAt) implements AuditedChange {

    public ReportChanged {
        changedFields = List.copyOf(changedFields);
    }

    static ReportChanged submission(ReportSubmission s, String action, String actor, Instant at, String... fields) {
        return new ReportChanged("report-submission", s.id().toString(), s.unitId(), action, List.of(fields), actor, at);
    }
}
