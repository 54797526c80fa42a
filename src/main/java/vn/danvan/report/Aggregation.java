package vn.danvan.report;

/**
 * How a data element's figures combine up the tree: added, averaged over the reporting units, or not at all.
 */
public enum Aggregation {
    SUM, AVERAGE, NONE;

    public String messageKey() {
        return "report.aggregation." + name();
    }
}
