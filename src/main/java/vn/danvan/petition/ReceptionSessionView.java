package vn.danvan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A reception session with the citizens who came (names shown only to the unit's reception officers and leaders).
 */
public record ReceptionSessionView(UUID id, UUID unitId, String unitName, String leaderName, String office,
        LocalDate plannedOn, String place, String status, String note, int visitCount, List<Visit> visits,
        boolean mayEdit) {

    /** A citizen received and what was raised, with the petition registered from it if any. */
    public record Visit(int number, String citizen, String raised, UUID petitionId) {
    }
}
