package vn.danvan.petition;

import java.time.YearMonth;
import java.util.UUID;

/**
 * One leader's reception in one month against the legal frequency: the days required, held, and missed.
 */
public record ReceptionCompliance(UUID unitId, String unitName, String leaderName, String office, YearMonth month,
        int required, int held, int missed) {

    public boolean isMet() {
        return held >= required;
    }
}
