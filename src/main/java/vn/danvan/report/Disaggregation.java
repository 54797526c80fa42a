package vn.danvan.report;

import java.util.List;

/**
 * An optional breakdown of a data element into parts (by sex, by ethnicity), each part no greater than the whole.
 */
public enum Disaggregation {
    NONE(List.of()), SEX(List.of("female", "male")), ETHNICITY(List.of("minority", "kinh"));

    private final List<String> categories;

    Disaggregation(List<String> categories) {
        this.categories = categories;
    }

    public List<String> categories() {
        return categories;
    }

    public String messageKey() {
        return "report.disaggregation." + name();
    }

    public static String categoryKey(String category) {
        return "report.category." + category;
    }
}
