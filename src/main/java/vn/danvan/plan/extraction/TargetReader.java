package vn.danvan.plan.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the quantities of a paragraph into targets: what is measured is the "tỷ lệ …" phrase before the number when
 * there is one ("giữ tỷ lệ thất nghiệp thành thị ở mức 2,48%"), otherwise the words around it ("Tuyển mới đào tạo
 * nghề cho 67.400 người", "Tập hợp 100% quần chúng trong độ tuổi …"); "đối với …" after a number narrows it, and a
 * bare "70% đối với …" shares the indicator of the number before it.
 */
final class TargetReader {

    private static final int MAX_INDICATOR_WORDS = 40;
    private static final List<String> LEADING = QuantityScanner.sortedLongestFirst(List.of(
            "tiếp tục", "phấn đấu", "phấn đầu", "phấn đấu đạt", "đảm bảo", "bảo đảm", "có", "đạt", "trong đó", "để",
            "và", "nhằm", "đồng thời", "cụ thể", "hàng năm", "hằng năm", "mỗi năm", "đến năm", "đến cuối năm"));
    private static final List<String> TRAILING = QuantityScanner.sortedLongestFirst(join(QuantityScanner.NEUTRAL,
            List.of("cho", "vào", "ở", "phấn đấu", "đạt từ", "trên", "tối thiểu", "đạt mức", "còn", "xuống", "từ")));

    private TargetReader() {
    }

    static List<ExtractedTarget> read(String paragraph) {
        List<QuantityScanner.Found> found = QuantityScanner.find(paragraph, false);
        List<ExtractedTarget> targets = new ArrayList<>(found.size());
        String lower = Phrases.lower(paragraph);
        int previousEnd = 0;
        String previousBase = null;
        int previousSentence = -1;
        for (int k = 0; k < found.size(); k++) {
            QuantityScanner.Found quantity = found.get(k);
            int sentence = QuantityScanner.sentenceStart(paragraph, quantity.start());
            int regionStart = Math.max(previousEnd, sentence);
            int limit = k + 1 < found.size() ? found.get(k + 1).start() : paragraph.length();
            int clauseEnd = clauseEnd(paragraph, quantity.end(), limit);

            int rate = rateStart(lower, regionStart, quantity.start());
            int clause = quantity.quantity().isPercent() ? clauseStart(paragraph, regionStart, quantity.start()) : regionStart;
            String base = trim(paragraph, rate >= 0 ? rate : clause, quantity.start());
            int scopeEnd = quantity.end();
            String after = "";
            int scope = Phrases.startsWithWord(lower, quantity.end(), "đối với");
            if (scope >= 0) {
                scopeEnd = clauseEnd;
                after = trim(paragraph, quantity.end(), clauseEnd);
            } else if (rate < 0 && (quantity.quantity().isPercent() || base.isEmpty())) {
                scopeEnd = nounPhraseEnd(paragraph, quantity.end(), clauseEnd);
                after = trim(paragraph, quantity.end(), scopeEnd);
            }
            if (base.isEmpty() && scope >= 0 && previousBase != null && previousSentence == sentence) {
                base = previousBase;
            }
            String indicator = limitWords((base + " " + after).strip());
            int textStart = firstWordAt(paragraph, rate >= 0 ? rate : clause, quantity.start());
            String text = paragraph.substring(textStart, Math.max(scopeEnd, quantity.end())).strip();
            text = stripTrailingPunctuation(text);
            targets.add(new ExtractedTarget(text, indicator.isEmpty() ? text : indicator, quantity.quantity(),
                    sentence(paragraph, quantity.start(), quantity.end())));
            previousEnd = scopeEnd;
            previousBase = base.isEmpty() ? previousBase : base;
            previousSentence = sentence;
        }
        return targets;
    }

    /** The last "tỷ lệ" before the number that names something ("chiếm tỷ lệ 15%" names nothing), or -1. */
    private static int rateStart(String lower, int from, int to) {
        int at = Phrases.lastIndexOfWord(lower, "tỷ lệ", from, to);
        while (at >= 0) {
            if (!trim(lower, at + "tỷ lệ".length(), to).isEmpty()) {
                return at;
            }
            at = at > from ? Phrases.lastIndexOfWord(lower, "tỷ lệ", from, at) : -1;
        }
        return -1;
    }

    /** The start of the comma-separated clause before a number (a comma inside a number does not count). */
    private static int clauseStart(String text, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (text.charAt(i) == ',' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                return i + 1;
            }
        }
        return from;
    }

    /** The end of the clause after a number: the next ";", ".", ":" or quantity. */
    private static int clauseEnd(String text, int from, int limit) {
        for (int i = from; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == ':' || c == '\n' || c == '(' || c == '.' && !(i + 1 < text.length() && Character.isDigit(text.charAt(i + 1)))) {
                return i;
            }
        }
        return limit;
    }

    /** The noun phrase after a number: up to the clause end, or a comma once it has four words. */
    private static int nounPhraseEnd(String text, int from, int clauseEnd) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < clauseEnd; i++) {
            char c = text.charAt(i);
            if (c == ',' && words >= 4) {
                return i;
            }
            boolean letter = Phrases.isLetter(c) || Character.isDigit(c);
            if (letter && !inWord) {
                words++;
                if (words > MAX_INDICATOR_WORDS) {
                    return i;
                }
            }
            inWord = letter;
        }
        return clauseEnd;
    }

    /** The text between two offsets without punctuation at its ends and without filler words at either end. */
    static String trim(String text, int from, int to) {
        String lower = Phrases.lower(text.substring(from, to));
        int start = 0;
        int end = lower.length();
        boolean changed = true;
        while (changed && start < end) {
            changed = false;
            while (start < end && !Phrases.isLetter(lower.charAt(start)) && !Character.isDigit(lower.charAt(start))) {
                start++;
                changed = true;
            }
            while (end > start && !Phrases.isLetter(lower.charAt(end - 1)) && !Character.isDigit(lower.charAt(end - 1))) {
                end--;
                changed = true;
            }
            for (String word : LEADING) {
                if (Phrases.wordAt(lower, word, start) && start + word.length() <= end) {
                    start += word.length();
                    changed = true;
                    break;
                }
            }
            for (String word : TRAILING) {
                int at = Phrases.endsWithWord(lower, start, end, word);
                if (at >= 0 && !(word.equals("lên") && Phrases.endsWithWord(lower, start, at, "trở") >= 0)) {
                    end = at;
                    changed = true;
                    break;
                }
            }
        }
        return start >= end ? "" : text.substring(from + start, from + end).strip();
    }

    private static int firstWordAt(String text, int from, int to) {
        int i = from;
        while (i < to && !Phrases.isLetter(text.charAt(i)) && !Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static String stripTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ';' || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String limitWords(String text) {
        String[] words = text.split("\\s+");
        return words.length <= MAX_INDICATOR_WORDS ? text : String.join(" ", List.of(words).subList(0, MAX_INDICATOR_WORDS)) + "…";
    }

    /** The sentence around a quantity (up to ".", "!" or "?"), at most a few hundred characters either side. */
    static String sentence(String text, int start, int end) {
        int from = start;
        int limit = Math.max(0, start - 400);
        while (from > limit && !endsSentence(text, from - 1)) {
            from--;
        }
        int to = end;
        int max = Math.min(text.length(), end + 400);
        while (to < max && !endsSentence(text, to)) {
            to++;
        }
        if (to < text.length() && to < max) {
            to++;
        }
        return text.substring(from, to).strip();
    }

    private static boolean endsSentence(String text, int i) {
        char c = text.charAt(i);
        if (c == '!' || c == '?' || c == '\n') {
            return true;
        }
        return c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)));
    }

    private static List<String> join(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
