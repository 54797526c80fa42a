package vn.danvan.report;

/**
 * How often a schedule asks for a report, with the months each period covers. The data cut-off window of each period
 * follows Nghị định 09/2019/NĐ-CP Điều 12 (in force since 12/03/2019): from the 15th of the month before the period's
 * first month to the 14th of its last month (monthly 15/(m−1)–14/m; 6-month 15/12–14/6 and 15/6–14/12; annual
 * 15/12–14/12). The 9-month window is derived by analogy (VIETNAM.md §3, unverified). Ad hoc reports carry their own
 * window and deadline.
 */
public enum PeriodType {
    MONTHLY(12, 1), QUARTERLY(4, 3), HALF_YEAR(2, 6), NINE_MONTHS(1, 9), ANNUAL(1, 12), AD_HOC(1, 0);

    private final int periodsPerYear;
    private final int months;

    PeriodType(int periodsPerYear, int months) {
        this.periodsPerYear = periodsPerYear;
        this.months = months;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    /** The first calendar month of the period with this number (from 1). */
    int firstMonth(int number) {
        return (number - 1) * months + 1;
    }

    /** The last calendar month of the period with this number (from 1). */
    int lastMonth(int number) {
        return firstMonth(number) + months - 1;
    }

    public boolean isAdHoc() {
        return this == AD_HOC;
    }

    public String messageKey() {
        return "report.period-type." + name();
    }
}
