package vn.danvan.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.danvan.shared.InvalidInput;

/**
 * One reporting period (kỳ báo cáo) of a period type: its key ("2026-H1", "2026-03", "2026-Q2", "2026-9M", "2026",
 * "ADHOC") and its data cut-off window (thời gian chốt số liệu) per {@link PeriodType}.
 */
public record ReportingPeriod(PeriodType type, int year, int number, LocalDate cutOffFrom, LocalDate cutOffTo) {

    private static final Pattern KEY = Pattern.compile("(\\d{4})(?:-(\\d{2}|Q[1-4]|H[12]|9M))?");

    /** The regular period of a type in a year; ad hoc periods come from their schedule. */
    public static ReportingPeriod of(PeriodType type, int year, int number) {
        if (type == PeriodType.AD_HOC || number < 1 || number > type.periodsPerYear() || year < 1900 || year > 9999) {
            throw InvalidInput.field("period", "report.period.invalid");
        }
        YearMonth before = YearMonth.of(year, type.firstMonth(number)).minusMonths(1);
        LocalDate from = before.atDay(15);
        LocalDate to = YearMonth.of(year, type.lastMonth(number)).atDay(14);
        return new ReportingPeriod(type, year, number, from, to);
    }

    /** An ad hoc period with the window its schedule sets. */
    public static ReportingPeriod adHoc(LocalDate from, LocalDate to) {
        return new ReportingPeriod(PeriodType.AD_HOC, to.getYear(), 1, from, to);
    }

    /** Reads a key for a period type, failing with a message on the field "period" when it is not one of its periods. */
    public static ReportingPeriod parse(PeriodType type, String key) {
        Matcher m = KEY.matcher(key == null ? "" : key.strip());
        if (type == PeriodType.AD_HOC || !m.matches()) {
            throw InvalidInput.field("period", "report.period.invalid");
        }
        int year = Integer.parseInt(m.group(1));
        String part = m.group(2);
        PeriodType found;
        int number;
        if (part == null) {
            found = PeriodType.ANNUAL;
            number = 1;
        } else if (part.equals("9M")) {
            found = PeriodType.NINE_MONTHS;
            number = 1;
        } else if (part.startsWith("Q")) {
            found = PeriodType.QUARTERLY;
            number = part.charAt(1) - '0';
        } else if (part.startsWith("H")) {
            found = PeriodType.HALF_YEAR;
            number = part.charAt(1) - '0';
        } else {
            found = PeriodType.MONTHLY;
            number = Integer.parseInt(part);
        }
        if (found != type) {
            throw InvalidInput.field("period", "report.period.invalid");
        }
        return of(type, year, number);
    }

    /** The periods of a type that end in a year, in order. */
    public static List<ReportingPeriod> inYear(PeriodType type, int year) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (int n = 1; n <= type.periodsPerYear() && !type.isAdHoc(); n++) {
            periods.add(of(type, year, n));
        }
        return periods;
    }

    public String key() {
        return switch (type) {
            case MONTHLY -> "%d-%02d".formatted(year, number);
            case QUARTERLY -> year + "-Q" + number;
            case HALF_YEAR -> year + "-H" + number;
            case NINE_MONTHS -> year + "-9M";
            case ANNUAL -> Integer.toString(year);
            case AD_HOC -> "ADHOC";
        };
    }

    /** The calendar month in which the period ends: deadlines are set relative to it. */
    public YearMonth lastMonth() {
        return type.isAdHoc() ? YearMonth.from(cutOffTo) : YearMonth.of(year, type.lastMonth(number));
    }

    /** The message key of the period's name, to be used with {@link #labelArgs()}. */
    public String labelKey() {
        return "report.period." + type.name();
    }

    public Object[] labelArgs() {
        return new Object[] { number, year };
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(cutOffFrom) && !date.isAfter(cutOffTo);
    }
}
