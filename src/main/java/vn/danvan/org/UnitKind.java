package vn.danvan.org;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a unit is: a territory (nation, province, commune; districts only as history since 1 July 2025) or a body
 * of the political system.
 */
public enum UnitKind {
    NATION, PROVINCE, DISTRICT, COMMUNE,
    PARTY_COMMITTEE, PARTY_BOARD, PARTY_CELL,
    PEOPLES_COUNCIL, PEOPLES_COMMITTEE, DEPARTMENT, OFFICE, DIVISION, SUB_DEPARTMENT, PUBLIC_SERVICE_UNIT,
    FATHERLAND_FRONT, TRADE_UNION, YOUTH_UNION, VETERANS_ASSOCIATION, WOMENS_UNION, FARMERS_ASSOCIATION,
    OTHER;

    private static final Set<UnitKind> TERRITORIES = EnumSet.of(NATION, PROVINCE, DISTRICT, COMMUNE);

    public boolean isTerritory() {
        return TERRITORIES.contains(this);
    }

    /**
     * Whether a unit of this kind may sit under a parent of the given kind (null for a root): territories nest
     * nation, province, district, commune; bodies sit under a territory or another body, never at the root.
     */
    public boolean mayBePlacedUnder(UnitKind parent) {
        if (parent == null) {
            return this == NATION;
        }
        return switch (this) {
            case NATION -> false;
            case PROVINCE -> parent == NATION;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == PROVINCE || parent == DISTRICT;
            default -> true;
        };
    }

    public String messageKey() {
        return "org.kind." + name();
    }
}
