package vn.danvan.report;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A period's figures at one unit of the tree and at each of its children that has reporting units below it: elements
 * summed or averaged from the submitted reports, indicators recomputed from the rolled-up numerator and denominator.
 */
public record RollUp(ReportSchedule schedule, ReportingPeriod period, ReportTemplate template, Line total, List<Line> lines) {

    /** The figures of one unit's subtree; {@code reports} is how many submitted reports they come from. */
    public record Line(UUID unitId, String name, boolean hasChildren, int reports, Map<String, BigDecimal> figures,
            Map<String, BigDecimal> indicators) {
    }
}
