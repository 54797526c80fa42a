package vn.danvan.org;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Everything a unit's page shows: the unit, its ancestors and children, the history of its placement, issuer codes,
 * lineage and leaders, and its staff.
 */
public record UnitDetails(UnitSummary unit, List<UnitSummary> ancestors, List<UnitSummary> children,
        List<PlacementEntry> placements, List<ShortNameEntry> shortNames, List<LineageEntry> predecessors,
        List<LineageEntry> successors, List<LeaderEntry> leaders, List<StaffEntry> staff) {

    /** The unit sat under this parent (null: a root) during this span. */
    public record PlacementEntry(UUID parentId, String parentName, LocalDate validFrom, LocalDate validTo) {
    }

    /** The unit used this issuer code during this span. */
    public record ShortNameEntry(String shortName, LocalDate validFrom, LocalDate validTo) {
    }

    /** A unit that this one came from or went into, by merger or split, on a date. */
    public record LineageEntry(UUID unitId, String code, String name, LocalDate effectiveOn, String kind) {
    }

    /** A designation of the unit's mobilisation leader. */
    public record LeaderEntry(UUID staffId, String fullName, String position, LocalDate validFrom, LocalDate validTo,
            String designatedBy, Instant designatedAt) {

        public boolean isCurrent() {
            return validTo == null;
        }
    }

    /** A member of the unit's staff. */
    public record StaffEntry(UUID id, String fullName, String position, String email, String phone, UUID accountId,
            long version) {
    }

    public LeaderEntry currentLeader() {
        return leaders.stream().filter(LeaderEntry::isCurrent).findFirst().orElse(null);
    }
}
