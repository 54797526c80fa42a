package vn.danvan.plan.extraction;

import java.text.Normalizer;

/**
 * Word-level matching on Vietnamese text that keeps character positions: lower case or folded copies have the same
 * length as the original (NFC) text, so an offset found in the copy is an offset in the original.
 */
final class Phrases {

    private Phrases() {
    }

    /** Lower case, one character for one character. */
    static String lower(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(out[i]);
        }
        return new String(out);
    }

    /** Lower case without tone marks or diacritics ("đ" as "d"), one character for one character. */
    static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = foldChar(out[i]);
        }
        return new String(out);
    }

    private static char foldChar(char c) {
        if (c < 0x80) {
            return Character.toLowerCase(c);
        }
        if (c == 'đ' || c == 'Đ' || c == '\u00D0') {
            return 'd';
        }
        if (Character.isLetter(c)) {
            String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
            return Character.toLowerCase(decomposed.charAt(0));
        }
        return c;
    }

    static boolean isLetter(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /** Whether {@code word} occurs in {@code text} at {@code at} as whole words. */
    static boolean wordAt(String text, String word, int at) {
        if (at < 0 || at + word.length() > text.length() || !text.startsWith(word, at)) {
            return false;
        }
        boolean before = at == 0 || !isLetter(text.charAt(at - 1)) && !Character.isDigit(text.charAt(at - 1));
        int end = at + word.length();
        boolean after = end == text.length() || !isLetter(text.charAt(end)) && !Character.isDigit(text.charAt(end));
        return before && after;
    }

    /** The first whole-word occurrence of {@code word} in {@code text} from {@code from} up to {@code to}, or -1. */
    static int indexOfWord(String text, String word, int from, int to) {
        int at = text.indexOf(word, from);
        while (at >= 0 && at + word.length() <= to) {
            if (wordAt(text, word, at)) {
                return at;
            }
            at = text.indexOf(word, at + 1);
        }
        return -1;
    }

    /** The last whole-word occurrence of {@code word} in {@code text} between {@code from} and {@code to}, or -1. */
    static int lastIndexOfWord(String text, String word, int from, int to) {
        int at = text.lastIndexOf(word, to - word.length());
        while (at >= from) {
            if (wordAt(text, word, at)) {
                return at;
            }
            at = text.lastIndexOf(word, at - 1);
        }
        return -1;
    }

    /** The offset where {@code word} starts if {@code text[from, to)} ends with it as a whole word (spaces ignored), or -1. */
    static int endsWithWord(String text, int from, int to, String word) {
        int end = to;
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int at = end - word.length();
        return at >= from && wordAt(text, word, at) ? at : -1;
    }

    /** The offset after {@code word} if {@code text} continues at {@code from} (after spaces) with it as a whole word, or -1. */
    static int startsWithWord(String text, int from, String word) {
        int at = from;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return wordAt(text, word, at) ? at + word.length() : -1;
    }
}
