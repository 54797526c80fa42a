package vn.danvan.emulation;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/**
 * A yearly "dân vận chính quyền" scorecard of a grading unit (e.g. Sở Nội vụ): criteria with their points and whether
 * evidence is required, and the bands from total to classification (VIETNAM.md §4.4: Quảng Nam, Tây Ninh, Bắc Kạn).
 */
public record ScorecardTemplate(UUID id, UUID gradingUnitId, String gradingUnitName, int year, String name,
        List<Item> items, List<CriteriaSet.Band> bands) {

    /** One criterion of the scorecard, worth up to its points. */
    public record Item(UUID id, String name, BigDecimal maxPoints, boolean evidenceRequired) {

        public boolean accepts(BigDecimal points) {
            return points != null && points.signum() >= 0 && points.compareTo(maxPoints) <= 0;
        }
    }

    public ScorecardTemplate {
        items = List.copyOf(items);
        bands = bands.stream().sorted(Comparator.comparing(CriteriaSet.Band::minTotal).reversed()).toList();
    }

    public BigDecimal maxTotal() {
        return items.stream().map(Item::maxPoints).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The classification a total reaches (xuất sắc, tốt, khá…), or null below every band. */
    public String grade(BigDecimal total) {
        return bands.stream().filter(b -> total.compareTo(b.minTotal()) >= 0).map(CriteriaSet.Band::label).findFirst().orElse(null);
    }
}
