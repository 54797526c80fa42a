package vn.danvan.plan;

import java.time.LocalDate;

import vn.danvan.shared.InvalidInput;

/**
 * The span a plan covers: one calendar year ("năm 2016") or a range of years or dates ("giai đoạn 2021-2025").
 */
public record Period(LocalDate start, LocalDate end) {

    public Period {
        if (start == null || end == null) {
            throw InvalidInput.field("period", "plan.period.required");
        }
        if (end.isBefore(start)) {
            throw InvalidInput.field("period", "plan.period.upside-down");
        }
        if (start.getYear() < 1945 || end.getYear() > 2100) {
            throw InvalidInput.field("period", "plan.period.out-of-range");
        }
    }

    public static Period year(int year) {
        return years(year, year);
    }

    public static Period years(int from, int to) {
        if (to < from) {
            throw InvalidInput.field("period", "plan.period.upside-down");
        }
        if (from < 1945 || to > 2100) {
            throw InvalidInput.field("period", "plan.period.out-of-range");
        }
        return new Period(LocalDate.of(from, 1, 1), LocalDate.of(to, 12, 31));
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }

    /** Whether it covers whole calendar years, so that it reads as "2016" or "2021–2025". */
    public boolean isWholeYears() {
        return start.getDayOfYear() == 1 && end.getMonthValue() == 12 && end.getDayOfMonth() == 31;
    }

    public int firstYear() {
        return start.getYear();
    }

    public int lastYear() {
        return end.getYear();
    }

    public boolean overlapsYear(int year) {
        return start.getYear() <= year && end.getYear() >= year;
    }
}
