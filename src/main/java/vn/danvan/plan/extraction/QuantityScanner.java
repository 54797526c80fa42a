package vn.danvan.plan.extraction;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Finds the quantities a Vietnamese sentence commits to ("giải quyết việc làm cho 85.000 lao động", "giữ tỷ lệ …
 * ở mức 2,48%", "trên 90%", "80% trở lên", "15-16%", "giảm 1% hộ nghèo") in one left-to-right pass: each number is
 * read once, and the words that qualify it are looked for only in a bounded window before it.
 */
final class QuantityScanner {

    /** A quantity and where it is written: the qualifier (if any) starts at {@code start}, the number at {@code number}. */
    record Found(int start, int number, int end, Quantity quantity) {
    }

    /** How far back (in characters) the words qualifying a number are looked for. */
    private static final int WINDOW = 300;

    /** Counted units, in lower case; the longest that follows a number wins. */
    private static final List<String> UNITS = sortedLongestFirst(List.of(
            "lao động", "người", "người lao động", "lượt người", "lượt", "hộ", "hộ gia đình", "hộ nghèo", "gia đình",
            "học viên", "học sinh", "sinh viên", "trẻ em", "đơn vị", "cơ quan", "doanh nghiệp", "xã", "phường",
            "thôn", "ấp", "bản", "khu dân cư", "tổ dân phố", "mô hình", "điển hình", "đảng viên", "đoàn viên",
            "hội viên", "cán bộ", "công chức", "viên chức", "thành viên", "tổ chức", "tổ chức cơ sở đảng", "chi bộ",
            "cuộc", "lớp", "buổi", "hội nghị", "tin", "bài", "tin bài", "tin, bài", "công trình", "sáng kiến",
            "căn nhà", "nhà", "ngôi nhà", "tỷ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "đồng", "km", "ha",
            "trường", "hồ sơ", "vụ việc", "vụ", "đơn", "đơn thư", "đối tượng", "suất", "phần quà", "câu lạc bộ",
            "tổ", "nhóm", "việc làm", "chỉ tiêu", "thủ tục", "thủ tục hành chính", "văn bản", "kế hoạch", "đợt",
            "cá nhân", "tập thể", "hợp tác xã", "làng", "tuyến", "ca", "bệnh nhân"));

    /** Words between a qualifier and its number that change nothing ("ở mức", "đạt", "là", "lên"). */
    static final List<String> NEUTRAL = sortedLongestFirst(List.of(
            "ở mức", "mức", "là", "đạt", "đạt tỷ lệ", "lên", "khoảng", "chiếm", "chiếm tỷ lệ", "bằng", "được",
            "cho", "có", "tỷ lệ", "với", "trên tổng số", "bình quân", "ít nhất là"));

    /** Qualifiers written directly before a number. */
    private static final Map<String, Comparison> BEFORE = Map.ofEntries(
            Map.entry("không vượt quá", Comparison.AT_MOST), Map.entry("không quá", Comparison.AT_MOST),
            Map.entry("tối đa", Comparison.AT_MOST), Map.entry("xuống còn", Comparison.AT_MOST),
            Map.entry("giảm còn", Comparison.AT_MOST), Map.entry("còn", Comparison.AT_MOST),
            Map.entry("xuống", Comparison.AT_MOST), Map.entry("không cao hơn", Comparison.AT_MOST),
            Map.entry("xuống dưới", Comparison.BELOW), Map.entry("dưới", Comparison.BELOW),
            Map.entry("thấp hơn", Comparison.BELOW), Map.entry("không dưới", Comparison.AT_LEAST),
            Map.entry("không thấp hơn", Comparison.AT_LEAST), Map.entry("ít nhất", Comparison.AT_LEAST),
            Map.entry("tối thiểu", Comparison.AT_LEAST), Map.entry("từ", Comparison.AT_LEAST),
            Map.entry("trên", Comparison.ABOVE), Map.entry("hơn", Comparison.ABOVE), Map.entry("vượt", Comparison.ABOVE),
            Map.entry("cao hơn", Comparison.ABOVE), Map.entry("giảm", Comparison.REDUCE_BY),
            Map.entry("giảm thêm", Comparison.REDUCE_BY), Map.entry("giảm ít nhất", Comparison.REDUCE_BY),
            Map.entry("tăng", Comparison.INCREASE_BY), Map.entry("tăng thêm", Comparison.INCREASE_BY),
            Map.entry("duy trì", Comparison.KEEP_AT), Map.entry("giữ", Comparison.KEEP_AT),
            Map.entry("giữ vững", Comparison.KEEP_AT), Map.entry("giữ ổn định", Comparison.KEEP_AT),
            Map.entry("ổn định", Comparison.KEEP_AT));
    private static final List<String> BEFORE_WORDS = sortedLongestFirst(List.copyOf(BEFORE.keySet()));

    /** Verbs earlier in the clause that set the comparison when nothing qualifies the number directly. */
    private static final Map<String, Comparison> CLAUSE_VERBS = Map.of(
            "giữ", Comparison.KEEP_AT, "duy trì", Comparison.KEEP_AT, "giảm", Comparison.REDUCE_BY,
            "tăng", Comparison.INCREASE_BY, "nâng", Comparison.AT_LEAST, "hạ", Comparison.AT_MOST);

    /** Words after which a number is a date, a serial or an ordinal, not a quantity. */
    private static final List<String> NOT_QUANTITY_AFTER = List.of(
            "năm", "ngày", "tháng", "số", "khóa", "khoá", "lần", "thứ", "điều", "khoản", "mục", "giai đoạn", "quý",
            "tuần", "giờ", "chỉ thị", "nghị quyết", "kế hoạch", "quyết định", "nghị định", "thông tư", "hướng dẫn",
            "kết luận", "chương trình", "công văn", "thông báo", "quy định", "luật", "mức độ", "chi bộ");

    private QuantityScanner() {
    }

    /**
     * Every quantity in the text, in order. Strict mode (a document) takes counts only with a known unit after them;
     * lenient mode (one expression typed or picked by a person) also takes a bare number and a trailing unknown unit.
     */
    static List<Found> find(String text, boolean lenient) {
        String lower = Phrases.lower(text);
        List<Found> found = new ArrayList<>();
        int previousEnd = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!startsNumber(text, i)) {
                i++;
                continue;
            }
            int firstEnd = numberEnd(text, i);
            Found quantity = read(text, lower, i, firstEnd, previousEnd, lenient);
            if (quantity == null) {
                i = firstEnd;
                continue;
            }
            found.add(quantity);
            previousEnd = quantity.end();
            i = quantity.end();
        }
        return found;
    }

    private static Found read(String text, String lower, int start, int firstEnd, int previousEnd, boolean lenient) {
        int n = text.length();
        if (firstEnd < n && (Phrases.isLetter(text.charAt(firstEnd)) || text.charAt(firstEnd) == '/')) {
            return null;
        }
        BigDecimal first = number(text, start, firstEnd);
        if (first == null) {
            return null;
        }
        int after = firstEnd;
        boolean percent = false;
        int percentEnd = percentEnd(text, lower, after);
        if (percentEnd >= 0) {
            percent = true;
            after = percentEnd;
        }
        BigDecimal second = null;
        int rangeNumber = rangeNumberStart(text, lower, after);
        if (rangeNumber >= 0) {
            int secondEnd = numberEnd(text, rangeNumber);
            boolean clean = secondEnd >= n || !Phrases.isLetter(text.charAt(secondEnd)) && text.charAt(secondEnd) != '/';
            BigDecimal value = clean ? number(text, rangeNumber, secondEnd) : null;
            int secondPercent = value == null ? -1 : percentEnd(text, lower, secondEnd);
            if (value != null && (percent || secondPercent >= 0 || unitAt(lower, secondEnd) != null || lenient)) {
                second = value;
                after = secondPercent >= 0 ? secondPercent : secondEnd;
                percent |= secondPercent >= 0;
            }
        }
        String unit = null;
        if (percent) {
            unit = "%";
        } else {
            String known = unitAt(lower, after);
            if (known != null) {
                unit = known;
                after = Phrases.startsWithWord(lower, after, known);
            } else if (lenient) {
                String rest = text.substring(after).strip();
                unit = rest.isEmpty() || rest.split("\\s+").length > 4 || rest.chars().anyMatch(Character::isDigit) ? null : rest;
                after = unit == null ? after : n;
            } else {
                return null;
            }
            if (!lenient && followsNonQuantityWord(lower, start)) {
                return null;
            }
        }
        int regionStart = Math.max(previousEnd, sentenceStart(text, start));
        Comparison comparison = null;
        int expressionStart = start;
        int end = after;
        int upward = Phrases.startsWithWord(lower, after, "trở lên");
        int downward = Phrases.startsWithWord(lower, after, "trở xuống");
        if (upward >= 0) {
            comparison = Comparison.AT_LEAST;
            end = upward;
        } else if (downward >= 0) {
            comparison = Comparison.AT_MOST;
            end = downward;
        }
        int qualifierEnd = start;
        boolean raisedTo = false;
        for (boolean stripped = true; stripped; ) {
            stripped = false;
            for (String word : NEUTRAL) {
                int at = Phrases.endsWithWord(lower, regionStart, qualifierEnd, word);
                if (at >= 0) {
                    raisedTo |= word.equals("lên");
                    qualifierEnd = at;
                    stripped = true;
                    break;
                }
            }
        }
        Comparison immediate = null;
        for (String word : BEFORE_WORDS) {
            int at = Phrases.endsWithWord(lower, regionStart, qualifierEnd, word);
            if (at >= 0 && !(word.equals("tăng") && Phrases.startsWithWord(lower, at + word.length(), "cường") >= 0)) {
                immediate = BEFORE.get(word);
                expressionStart = at;
                break;
            }
        }
        if (second != null) {
            comparison = Comparison.RANGE;
        } else if (comparison == null && immediate != null) {
            comparison = immediate == Comparison.INCREASE_BY && raisedTo ? Comparison.AT_LEAST : immediate;
        } else if (comparison == null) {
            comparison = clauseVerb(lower, clauseStart(text, regionStart, qualifierEnd), qualifierEnd, raisedTo);
        }
        if (second != null && second.compareTo(first) < 0 && !lenient) {
            return null;
        }
        Quantity quantity = new Quantity(comparison, first, second, unit);
        return new Found(expressionStart, start, end, quantity);
    }

    private static boolean startsNumber(String text, int i) {
        if (!Character.isDigit(text.charAt(i))) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (Phrases.isLetter(before) || Character.isDigit(before) || before == '/' || before == '_') {
            return false;
        }
        return !((before == '.' || before == ',' || before == '-') && i > 1 && Character.isDigit(text.charAt(i - 2)));
    }

    /** The end of a number written with digits and "." or "," groups ("85.000", "2,48"). */
    private static int numberEnd(String text, int start) {
        int n = text.length();
        int i = start;
        while (i < n && Character.isDigit(text.charAt(i))) {
            i++;
        }
        while (i + 1 < n && (text.charAt(i) == '.' || text.charAt(i) == ',') && Character.isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && Character.isDigit(text.charAt(i))) {
                i++;
            }
        }
        return i;
    }

    private static BigDecimal number(String text, int start, int end) {
        try {
            return VietnameseNumber.parse(text.substring(start, end));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int percentEnd(String text, String lower, int from) {
        int at = skipSpaces(text, from);
        if (at < text.length() && text.charAt(at) == '%') {
            return at + 1;
        }
        return Phrases.startsWithWord(lower, from, "phần trăm");
    }

    /** Where the second number of a range starts ("15-16%", "80% - 100%", "từ 15 đến 16%"), or -1. */
    private static int rangeNumberStart(String text, String lower, int from) {
        int at = skipSpaces(text, from);
        int next;
        if (at < text.length() && "-–—".indexOf(text.charAt(at)) >= 0) {
            next = at + 1;
        } else {
            next = Phrases.startsWithWord(lower, at, "đến");
            if (next < 0) {
                next = Phrases.startsWithWord(lower, at, "tới");
            }
            if (next < 0) {
                return -1;
            }
        }
        next = skipSpaces(text, next);
        return next < text.length() && Character.isDigit(text.charAt(next)) ? next : -1;
    }

    private static String unitAt(String lower, int from) {
        for (String unit : UNITS) {
            if (Phrases.startsWithWord(lower, from, unit) >= 0) {
                return unit;
            }
        }
        return null;
    }

    private static boolean followsNonQuantityWord(String lower, int number) {
        for (String word : NOT_QUANTITY_AFTER) {
            if (Phrases.endsWithWord(lower, Math.max(0, number - 40), number, word) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Comparison clauseVerb(String lower, int from, int to, boolean raisedTo) {
        int best = -1;
        Comparison comparison = Comparison.AT_LEAST;
        for (Map.Entry<String, Comparison> verb : CLAUSE_VERBS.entrySet()) {
            int at = Phrases.lastIndexOfWord(lower, verb.getKey(), from, to);
            if (at > best && !(verb.getKey().equals("tăng") && Phrases.startsWithWord(lower, at + 4, "cường") >= 0)
                    && !(verb.getKey().equals("giảm") && Phrases.startsWithWord(lower, at + 4, "nghèo") >= 0)) {
                best = at;
                comparison = verb.getValue();
            }
        }
        if (comparison == Comparison.INCREASE_BY && raisedTo) {
            return Comparison.AT_LEAST;
        }
        if (comparison == Comparison.REDUCE_BY && Phrases.indexOfWord(lower, "xuống", best, to) >= 0) {
            return Comparison.AT_MOST;
        }
        return comparison;
    }

    /** The start of the sentence holding the character at {@code at}, looking back at most {@link #WINDOW} characters. */
    static int sentenceStart(String text, int at) {
        int limit = Math.max(0, at - WINDOW);
        for (int i = at - 1; i >= limit; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'
                    || c == '.' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return limit;
    }

    /** The start of the comma-separated clause that ends at {@code to}, not before {@code from}. */
    private static int clauseStart(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == ',' && !(i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return from;
    }

    private static int skipSpaces(String text, int from) {
        int at = from;
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\u00A0' || text.charAt(at) == '\t')) {
            at++;
        }
        return at;
    }

    static List<String> sortedLongestFirst(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
