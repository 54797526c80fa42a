package vn.danvan.org;

import vn.danvan.shared.AuditedChange;

/**
 * A change recorded against a unit of the tree: the unit is the audited entity.
 */
interface UnitChange extends AuditedChange {

    @Override
    default String entityType() {
        return "org-unit";
    }

    @Override
    default String entityId() {
        return unitId().toString();
    }
}
