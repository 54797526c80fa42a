package vn.danvan.plan.extraction;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.danvan.plan.extraction.ReportingRule.Period;

/**
 * Reads reporting duties from a sentence about "báo cáo": the periods named after "định kỳ" or "báo cáo" ("Định kỳ
 * 6 tháng, năm", "báo cáo quý"), or "hằng năm"; a deadline "trước (ngày) 01/6" or "trước 15 tháng 12"; the recipient
 * after "về" (or in brackets after it: "về Sở (Văn phòng Sở)" is for Văn phòng Sở). A sentence without a period or a
 * deadline ("báo cáo Giám đốc Sở để kịp thời xem xét") sets no duty.
 */
final class ReportingReader {

    private static final int PERIOD_WINDOW = 60;

    private ReportingReader() {
    }

    static List<ReportingRule> read(String sentence) {
        String lower = Phrases.lower(sentence);
        int report = Phrases.indexOfWord(lower, "báo cáo", 0, lower.length());
        if (report < 0) {
            return List.of();
        }
        List<ReportingRule> rules = new ArrayList<>();
        String to = recipient(sentence, lower, report);
        Marker marker = Marker.of(sentence);
        String text = (marker == null ? sentence : sentence.substring(marker.textStart())).strip();
        int clauseStart = 0;
        Set<Period> sentencePeriods = periods(lower, 0, lower.length());
        for (int i = 0; i <= lower.length(); i++) {
            if (i < lower.length() && lower.charAt(i) != ';') {
                continue;
            }
            Set<Period> periods = periods(lower, clauseStart, i);
            List<MonthDay> deadlines = deadlines(lower, clauseStart, i);
            if (periods.isEmpty() && !deadlines.isEmpty()) {
                periods = Set.of(sentencePeriods.size() == 1 ? sentencePeriods.iterator().next() : Period.ANNUAL);
            }
            List<Period> ordered = List.copyOf(periods);
            for (int k = 0; k < ordered.size(); k++) {
                rules.add(new ReportingRule(ordered.get(k), deadlineOf(ordered, k, deadlines), to, text));
            }
            clauseStart = i + 1;
        }
        return rules;
    }

    /** The periods named in a clause, in order. */
    private static Set<Period> periods(String lower, int from, int to) {
        Set<Period> periods = new LinkedHashSet<>();
        for (String anchor : List.of("định kỳ", "báo cáo", "hàng", "hằng")) {
            int at = Phrases.indexOfWord(lower, anchor, from, to);
            while (at >= 0) {
                int after = at + anchor.length();
                if (anchor.equals("hàng") || anchor.equals("hằng")) {
                    Period period = periodAt(lower, after, to);
                    if (period != null && period != Period.AD_HOC && Phrases.startsWithWord(lower, after, "6 tháng") < 0) {
                        periods.add(period);
                    }
                } else {
                    periods.addAll(periodList(lower, after, Math.min(to, after + PERIOD_WINDOW)));
                }
                at = Phrases.indexOfWord(lower, anchor, after, to);
            }
        }
        return periods;
    }

    /** A list of periods right after an anchor: "6 tháng, năm", "6 tháng, 1 năm", "quý và năm". */
    private static List<Period> periodList(String lower, int from, int to) {
        List<Period> periods = new ArrayList<>();
        int at = from;
        while (true) {
            int skipped = skip(lower, at, to, List.of("kết quả", "về", "định kỳ"));
            Period period = periodAt(lower, skipped, to);
            if (period == null) {
                return periods;
            }
            periods.add(period);
            at = periodEnd(lower, skipped, to);
            int bracket = skipSpaces(lower, at);
            if (bracket < to && lower.charAt(bracket) == '(') {
                int close = lower.indexOf(')', bracket);
                at = close > 0 && close < to ? close + 1 : at;
            }
            int comma = at;
            while (comma < to && (lower.charAt(comma) == ' ' || lower.charAt(comma) == ',')) {
                comma++;
            }
            int and = Phrases.startsWithWord(lower, comma, "và");
            int or = Phrases.startsWithWord(lower, comma, "hoặc");
            if (and < 0 && or < 0 && lower.substring(at, comma).indexOf(',') < 0) {
                return periods;
            }
            at = and >= 0 ? and : or >= 0 ? or : comma;
        }
    }

    private static int skip(String lower, int from, int to, List<String> words) {
        int at = from;
        for (String word : words) {
            int after = Phrases.startsWithWord(lower, at, word);
            if (after >= 0 && after <= to) {
                at = after;
            }
        }
        return at;
    }

    private static final List<String> SIX = List.of("6 tháng", "06 tháng", "sáu tháng", "6 tháng đầu năm");
    private static final List<String> NINE = List.of("9 tháng", "09 tháng", "chín tháng");
    private static final List<String> YEAR = List.of("năm", "1 năm", "01 năm", "một năm", "cả năm", "cuối năm", "tổng kết năm");
    private static final List<String> QUARTER = List.of("quý", "hàng quý", "hằng quý");
    private static final List<String> MONTH = List.of("tháng", "hàng tháng", "hằng tháng");
    private static final List<String> AD_HOC = List.of("đột xuất");

    private static Period periodAt(String lower, int from, int to) {
        if (matches(lower, from, to, SIX)) {
            return Period.SIX_MONTHS;
        }
        if (matches(lower, from, to, NINE)) {
            return Period.NINE_MONTHS;
        }
        if (matches(lower, from, to, QUARTER)) {
            return Period.QUARTERLY;
        }
        if (matches(lower, from, to, MONTH)) {
            return Period.MONTHLY;
        }
        if (matches(lower, from, to, AD_HOC)) {
            return Period.AD_HOC;
        }
        if (matches(lower, from, to, YEAR)) {
            int after = periodEnd(lower, from, to);
            boolean aYear = after >= 0 && Phrases.startsWithWord(lower, after, "20") < 0
                    && !(after < lower.length() && skipSpaces(lower, after) < lower.length() && Character.isDigit(lower.charAt(skipSpaces(lower, after))));
            return aYear ? Period.ANNUAL : null;
        }
        return null;
    }

    private static int periodEnd(String lower, int from, int to) {
        int best = -1;
        for (List<String> words : List.of(SIX, NINE, QUARTER, MONTH, AD_HOC, YEAR)) {
            for (String word : words) {
                int after = Phrases.startsWithWord(lower, from, word);
                if (after >= 0 && after <= to && after > best) {
                    best = after;
                }
            }
        }
        return best < 0 ? from : best;
    }

    private static boolean matches(String lower, int from, int to, List<String> words) {
        for (String word : words) {
            int after = Phrases.startsWithWord(lower, from, word);
            if (after >= 0 && after <= to) {
                return true;
            }
        }
        return false;
    }

    /**
     * The deadline of the k-th period: deadlines pair with periods in order when there are as many ("6 tháng (trước
     * 15/6) và năm (trước 15/12)"); a single deadline among several periods goes to the one its month fits (December
     * to the year, June to the half-year).
     */
    private static MonthDay deadlineOf(List<Period> periods, int k, List<MonthDay> deadlines) {
        if (deadlines.isEmpty()) {
            return null;
        }
        if (deadlines.size() == periods.size()) {
            return deadlines.get(k);
        }
        MonthDay only = deadlines.get(0);
        if (periods.size() > 1 && deadlines.size() == 1) {
            Period fits = only.getMonthValue() >= 9 ? Period.ANNUAL : Period.SIX_MONTHS;
            if (periods.contains(fits)) {
                return periods.get(k) == fits ? only : null;
            }
        }
        return only;
    }

    /** "trước (ngày) 01/6", "trước 15 tháng 12", "chậm nhất (là) ngày 01/12", in the order written. */
    private static List<MonthDay> deadlines(String lower, int from, int to) {
        java.util.TreeMap<Integer, MonthDay> found = new java.util.TreeMap<>();
        for (String anchor : List.of("trước", "chậm nhất", "không quá")) {
            int at = Phrases.indexOfWord(lower, anchor, from, to);
            while (at >= 0) {
                int i = at + anchor.length();
                i = Math.max(i, skip(lower, i, to, List.of("là", "ngày")));
                MonthDay day = monthDay(lower, skipSpaces(lower, i), to);
                if (day != null) {
                    found.putIfAbsent(at, day);
                }
                at = Phrases.indexOfWord(lower, anchor, at + 1, to);
            }
        }
        return List.copyOf(found.values());
    }

    private static MonthDay monthDay(String lower, int from, int to) {
        int dayEnd = digits(lower, from, to);
        if (dayEnd == from || dayEnd - from > 2) {
            return null;
        }
        int day = Integer.parseInt(lower.substring(from, dayEnd));
        int monthStart;
        if (dayEnd < to && (lower.charAt(dayEnd) == '/' || lower.charAt(dayEnd) == '-' || lower.charAt(dayEnd) == '.')) {
            monthStart = dayEnd + 1;
        } else {
            int after = Phrases.startsWithWord(lower, dayEnd, "tháng");
            if (after < 0) {
                return null;
            }
            monthStart = skipSpaces(lower, after);
        }
        int monthEnd = digits(lower, monthStart, to);
        if (monthEnd == monthStart || monthEnd - monthStart > 2) {
            return null;
        }
        try {
            return MonthDay.of(Integer.parseInt(lower.substring(monthStart, monthEnd)), day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The recipient after "về" (or the unit in brackets after it, without "qua"), else a unit right after "báo cáo". */
    private static String recipient(String sentence, String lower, int report) {
        int about = Phrases.indexOfWord(lower, "về", report, lower.length());
        int from = about >= 0 ? about + 2 : report + "báo cáo".length();
        if (about < 0) {
            int start = skipSpaces(sentence, from);
            if (start >= sentence.length() || !Character.isUpperCase(sentence.charAt(start))) {
                return null;
            }
        }
        int end = from;
        while (end < sentence.length() && ";.:(".indexOf(sentence.charAt(end)) < 0 && !stopsRecipient(lower, end)) {
            end++;
        }
        String to = TargetReader.trim(sentence, from, end);
        if (end < sentence.length() && sentence.charAt(end) == '(') {
            int close = sentence.indexOf(')', end);
            if (close > end) {
                String inner = sentence.substring(end + 1, close).strip();
                int via = Phrases.startsWithWord(Phrases.lower(inner), 0, "qua");
                inner = via >= 0 ? inner.substring(via).strip() : inner;
                if (!inner.isEmpty() && Character.isUpperCase(inner.charAt(0))) {
                    to = inner;
                }
            }
        }
        return to.isEmpty() ? null : to;
    }

    private static boolean stopsRecipient(String lower, int at) {
        for (String word : List.of("trước", "theo", "để", "chậm nhất", "trong", "định kỳ", "hàng", "hằng", "kết quả")) {
            if (Phrases.wordAt(lower, word, at)) {
                return true;
            }
        }
        return false;
    }

    private static int digits(String text, int from, int to) {
        int i = from;
        while (i < to && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
