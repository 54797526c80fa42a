package vn.danvan.report;

import java.util.List;
import java.util.UUID;

/**
 * What a coordinating office gives to define a report template.
 */
public record NewTemplate(UUID ownerUnitId, String name, List<DataElement> elements, List<NarrativeSection> sections,
        List<Indicator> indicators, List<ValidationRule> rules) {
}
