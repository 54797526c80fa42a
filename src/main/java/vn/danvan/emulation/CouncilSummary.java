package vn.danvan.emulation;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * Where a council's scoring of a movement stands: per nominated model, how many of the members who may score it have
 * done so and — once all have — the result by the criteria's rule, its band, and flags for ties and for disagreement
 * beyond the criteria's limit.
 */
public record CouncilSummary(UUID movementId, CriteriaSet criteria, List<CouncilMember> members, List<Result> results) {

    /** One nominated model's standing; result, band, spread and totals are null until every eligible member scored. */
    public record Result(UUID modelId, String name, String unitName, ModelStatus status, int eligible, int scored,
            BigDecimal result, String band, BigDecimal spread, boolean disagreement, boolean tie,
            List<String> excludedMembers) {

        public boolean isComplete() {
            return eligible > 0 && scored == eligible;
        }
    }
}
