package vn.danvan.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import vn.danvan.shared.DomainException.FieldProblem;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.VietnameseText;

/**
 * One day of an official schedule as an administrator types or imports it: the date, whether it is a day off or a
 * weekend day made a working day, and its name ("2026-02-16,nghỉ,Tết Nguyên đán").
 */
public record ScheduleLine(LocalDate date, Kind kind, String name) {

    /** A day off, or a weekend day made a working day (ngày làm bù). */
    public enum Kind {
        OFF, WORKING
    }

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

    /**
     * Reads rows of (date, kind, name); a first row that is not a date is a header. Every wrong row is reported at
     * once, with its number, and nothing is returned then.
     */
    public static List<ScheduleLine> parse(List<List<String>> rows) {
        List<ScheduleLine> lines = new ArrayList<>();
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.stream().allMatch(String::isBlank)) {
                continue;
            }
            String first = row.get(0).strip();
            LocalDate date = date(first);
            if (date == null) {
                if (i == 0) {
                    continue;
                }
                problems.add(new FieldProblem("lines", "calendar.line.date-invalid", i + 1, first));
                continue;
            }
            Kind kind = row.size() > 1 ? kind(row.get(1)) : null;
            if (kind == null) {
                problems.add(new FieldProblem("lines", "calendar.line.kind-invalid", i + 1));
                continue;
            }
            String name = row.size() > 2 ? VietnameseText.clean(row.get(2)) : "";
            if (name.isEmpty() || name.length() > 200) {
                problems.add(new FieldProblem("lines", "calendar.line.name-invalid", i + 1));
                continue;
            }
            lines.add(new ScheduleLine(date, kind, name));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return lines;
    }

    /** Lines typed one per row, with commas, semicolons or tabs between the cells. */
    public static List<List<String>> rowsOf(String text) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : (text == null ? "" : text).split("\\R")) {
            List<String> cells = new ArrayList<>();
            for (String cell : line.split("[,;\\t]", 3)) {
                cells.add(cell.strip());
            }
            rows.add(cells);
        }
        return rows;
    }

    private static LocalDate date(String text) {
        try {
            return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Kind kind(String text) {
        String folded = VietnameseText.fold(text);
        return switch (folded.toLowerCase(Locale.ROOT)) {
            case "nghi", "off", "ngay nghi" -> Kind.OFF;
            case "lam bu", "working", "ngay lam bu", "lam viec" -> Kind.WORKING;
            default -> null;
        };
    }
}
