package vn.danvan.shared;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A domain event that the audit trail records: who changed which entity of which unit, how, and which fields —
 * identifiers and field names only, never personal data.
 */
public interface AuditedChange {

    String actor();

    Instant occurredAt();

    UUID unitId();

    String entityType();

    String entityId();

    String action();

    List<String> changedFields();
}
