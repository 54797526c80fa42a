package vn.danvan.org;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What it takes to establish a unit: its code, names, kind, parent and validity.
 */
public record NewUnit(String code, String name, String shortName, UnitKind kind, UUID parentId, LocalDate validFrom,
        LocalDate validTo) {
}
