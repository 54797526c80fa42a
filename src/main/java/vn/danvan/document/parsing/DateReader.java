package vn.danvan.document.parsing;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads Vietnamese dates, day first (VIETNAMESE.md §1.8): "ngày 29 tháng 02 năm 2016", "ngày 27/8/2024",
 * "06/01/2016", "6-1-2016", "08.11.2011", month in words ("tháng bốn"). Reads a bounded number of characters.
 */
final class DateReader {

    /** A date and where its text ends. */
    record Found(LocalDate date, int end) {
    }

    private static final String[] MONTH_WORDS = {"giêng", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
            "mười một", "mười hai", "tư", "chạp"};
    private static final int[] MONTH_VALUES = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 4, 12};

    private DateReader() {
    }

    /** A date starting at {@code from}, optionally after the word "ngày"; null when there is none. */
    static Found read(CharSequence s, int from, int limit) {
        int i = skipWord(s, from, limit, "ngày");
        if (i == from) {
            i = skipWord(s, from, limit, "ngay");
        }
        int dayStart = i;
        int[] day = number(s, i, limit, 2);
        if (day == null) {
            return null;
        }
        i = day[1];
        if (i < limit && (s.charAt(i) == '/' || SymbolReader.isDash(s.charAt(i)) || s.charAt(i) == '.')) {
            char separator = s.charAt(i);
            int[] month = number(s, i + 1, limit, 2);
            if (month == null || month[1] >= limit || s.charAt(month[1]) != separator) {
                return null;
            }
            int[] year = number(s, month[1] + 1, limit, 4);
            if (year == null || year[1] - month[1] - 1 != 4 || year[1] < limit && SymbolReader.isDigit(s.charAt(year[1]))) {
                return null;
            }
            return of(year[0], month[0], day[0], year[1]);
        }
        if (dayStart == from) {
            return null;
        }
        i = skipSpaces(s, i, limit);
        int afterMonthWord = skipWord(s, i, limit, "tháng");
        if (afterMonthWord == i) {
            afterMonthWord = skipWord(s, i, limit, "thang");
        }
        if (afterMonthWord == i) {
            return null;
        }
        i = afterMonthWord;
        int monthValue;
        int[] month = number(s, i, limit, 2);
        if (month != null) {
            monthValue = month[0];
            i = month[1];
        } else {
            int[] word = monthWord(s, i, limit);
            if (word == null) {
                return null;
            }
            monthValue = word[0];
            i = word[1];
        }
        i = skipSpaces(s, i, limit);
        int afterYearWord = skipWord(s, i, limit, "năm");
        if (afterYearWord == i) {
            afterYearWord = skipWord(s, i, limit, "nam");
        }
        if (afterYearWord == i) {
            return null;
        }
        int[] year = number(s, afterYearWord, limit, 4);
        if (year == null || year[1] - afterYearWord != 4) {
            return null;
        }
        return of(year[0], monthValue, day[0], year[1]);
    }

    /** Whether the text at {@code from} is a header date left blank in a draft: "ngày tháng năm 2024". */
    static boolean blankHeaderDate(CharSequence s, int from, int limit) {
        int i = skipWord(s, from, limit, "ngày");
        if (i == from) {
            return false;
        }
        while (i < limit && (s.charAt(i) == ' ' || s.charAt(i) == '.' || s.charAt(i) == '…' || s.charAt(i) == '_')) {
            i++;
        }
        return skipWord(s, i, limit, "tháng") > i;
    }

    private static Found of(int year, int month, int day, int end) {
        if (year < 1900 || year > 2100) {
            return null;
        }
        try {
            return new Found(LocalDate.of(year, month, day), end);
        } catch (DateTimeException invalid) {
            return null;
        }
    }

    /** Digits (at most {@code max}) after at most two spaces: {value, end}; null when none or too many. */
    private static int[] number(CharSequence s, int from, int limit, int max) {
        int i = skipSpaces(s, from, limit);
        int start = i;
        int value = 0;
        while (i < limit && SymbolReader.isDigit(s.charAt(i))) {
            if (i - start == max) {
                return null;
            }
            value = value * 10 + (s.charAt(i) - '0');
            i++;
        }
        return i == start ? null : new int[] {value, i};
    }

    private static int[] monthWord(CharSequence s, int from, int limit) {
        int best = -1;
        int end = from;
        for (int w = 0; w < MONTH_WORDS.length; w++) {
            int after = skipWord(s, from, limit, MONTH_WORDS[w]);
            if (after > end) {
                end = after;
                best = w;
            }
        }
        return best < 0 ? null : new int[] {MONTH_VALUES[best], end};
    }

    /** After {@code word} (case-insensitive) and the spaces behind it, or {@code from} when the word is not there. */
    static int skipWord(CharSequence s, int from, int limit, String word) {
        int end = from + word.length();
        if (end > limit) {
            return from;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.toLowerCase(s.charAt(from + i)) != word.charAt(i)) {
                return from;
            }
        }
        if (end < limit && Character.isLetter(s.charAt(end))) {
            return from;
        }
        return skipSpaces(s, end, limit);
    }

    private static int skipSpaces(CharSequence s, int from, int limit) {
        int i = from;
        while (i < limit && i - from < 3 && s.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
