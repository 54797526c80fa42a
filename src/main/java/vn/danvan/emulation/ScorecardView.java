package vn.danvan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An agency's scorecard for a year: its self-assessment with evidence, the grading unit's adjustments with reasons,
 * totals and classification.
 */
public record ScorecardView(UUID id, ScorecardTemplate template, UUID unitId, String unitName, ScorecardStatus status,
        BigDecimal selfTotal, BigDecimal finalTotal, String grade, LocalDate submittedOn, LocalDate gradedOn,
        String gradedBy, List<Entry> entries, long version) {

    /** One criterion: the agency's points and evidence, the grader's points and reason. */
    public record Entry(ScorecardTemplate.Item item, BigDecimal selfScore, String evidence, BigDecimal finalScore,
            String reason) {
    }

    /** One row of a ranking or a history. */
    public record Standing(UUID scorecardId, UUID unitId, String unitName, int year, String templateName,
            ScorecardStatus status, BigDecimal selfTotal, BigDecimal finalTotal, String grade, Integer rank) {
    }
}
