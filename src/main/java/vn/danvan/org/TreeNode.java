package vn.danvan.org;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One unit of the tree as shown on a date, with whether it has children to expand.
 */
public record TreeNode(UUID id, String code, String name, String shortName, UnitKind kind, LocalDate validFrom,
        LocalDate validTo, boolean hasChildren) {

    public boolean isClosed() {
        return validTo != null;
    }
}
