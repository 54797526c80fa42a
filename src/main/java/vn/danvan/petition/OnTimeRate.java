package vn.danvan.petition;

import java.util.UUID;

/**
 * How many petitions of a unit received in a period were resolved on time: on time ÷ (closed + currently overdue),
 * in percent, or null when nothing was closed or overdue.
 */
public record OnTimeRate(UUID unitId, String unitName, long closed, long onTime, long overdue, Double percent) {

    static OnTimeRate of(UUID unitId, String unitName, long closed, long onTime, long overdue) {
        long base = closed + overdue;
        return new OnTimeRate(unitId, unitName, closed, onTime, overdue,
                base == 0 ? null : Math.round(1000.0 * onTime / base) / 10.0);
    }
}
