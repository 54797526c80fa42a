package vn.danvan.plan;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.VietnameseText;

/**
 * How often a recurring task falls due, as plans write it: "hằng tháng", "hằng quý", "định kỳ 6 tháng", "hằng năm",
 * "trước 15/12 hằng năm" (a fixed day each year). The text is kept as written; the next due date is derived.
 */
public record Recurrence(String text, int months, MonthDay day) {

    private static final Pattern DAY = Pattern.compile("(?:truoc|han|vao)?\\s*(?:ngay\\s*)?(\\d{1,2})\\s*(?:/|-|thang\\s*)(\\d{1,2})");

    /** Reads a recurrence as written; null or blank is none. */
    public static Recurrence parse(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String text = VietnameseText.clean(written);
        if (text.length() > 100) {
            throw InvalidInput.field("recurrence", "plan.task.recurrence-invalid", text.substring(0, 100));
        }
        String folded = VietnameseText.fold(text);
        MonthDay day = null;
        Matcher m = DAY.matcher(folded);
        if (m.find()) {
            int d = Integer.parseInt(m.group(1));
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12 || d < 1 || d > YearMonth.of(2024, month).lengthOfMonth()) {
                throw InvalidInput.field("recurrence", "plan.task.recurrence-invalid", text);
            }
            day = MonthDay.of(month, d);
        }
        int months;
        if (folded.matches(".*\\b(6|sau) thang.*")) {
            months = 6;
        } else if (folded.matches(".*\\b(hang|moi) quy.*") || folded.contains("3 thang")) {
            months = 3;
        } else if (folded.matches(".*\\b(hang|moi) thang.*")) {
            months = 1;
        } else if (folded.matches(".*\\b(hang|moi) nam.*") || folded.matches(".*dinh ky nam.*") || day != null) {
            months = 12;
        } else {
            throw InvalidInput.field("recurrence", "plan.task.recurrence-invalid", text);
        }
        if (day != null && months != 12) {
            months = 12;
        }
        return new Recurrence(text, months, day);
    }

    /** The next date on or after the given one by which the task falls due again. */
    public LocalDate nextDue(LocalDate from) {
        if (day != null) {
            LocalDate thisYear = day.atYear(from.getYear());
            return thisYear.isBefore(from) ? day.atYear(from.getYear() + 1) : thisYear;
        }
        int zeroBased = from.getMonthValue() - 1;
        int lastMonth = (zeroBased / months + 1) * months;
        return YearMonth.of(from.getYear(), lastMonth).atEndOfMonth();
    }
}
