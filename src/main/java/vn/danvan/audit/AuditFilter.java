package vn.danvan.audit;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What to look for in the audit trail; every part is optional.
 */
public record AuditFilter(String actor, String entityType, String entityId, String action, UUID unitId, LocalDate from,
        LocalDate to) {
}
