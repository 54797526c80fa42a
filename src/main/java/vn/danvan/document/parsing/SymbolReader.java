package vn.danvan.document.parsing;

/**
 * Hand-written scanner for document symbols inside running text. Every step reads a bounded number of characters, so
 * scanning a text is linear in its length whatever it contains. Tolerates stray spaces around separators
 * ("22 /KH-LĐTBXH", "169/QĐ- UBND", "100 - KL/TW"), dash variants, and a word glued after the symbol.
 */
final class SymbolReader {

    /** A symbol found in a text, from its first digit to the end of its last code. */
    record Match(DocumentSymbol symbol, int start, int end) {
    }

    private static final int MAX_DIGITS = 6;
    private static final int MAX_SEGMENT = 20;
    private static final int MAX_SEGMENTS = 6;
    private static final int MAX_SPACES = 2;

    private SymbolReader() {
    }

    static boolean isDash(char c) {
        return c == '-' || c == '–' || c == '—' || c == '‐' || c == '‑' || c == '−' || c == '‒';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * Whether a symbol may start at {@code at}: the digits are not glued to a word or another number, except the
     * number prefixes "số22/…", "s1122/…".
     */
    static boolean canStartAt(CharSequence s, int at) {
        if (at == 0) {
            return true;
        }
        char before = s.charAt(at - 1);
        if (isDigit(before) || before == '/' || before == '.' || before == ',' || before == '_' || isDash(before)) {
            return false;
        }
        if (!Character.isLetter(before)) {
            return true;
        }
        int wordStart = at - 1;
        while (wordStart > 0 && at - wordStart < 3 && Character.isLetter(s.charAt(wordStart - 1))) {
            wordStart--;
        }
        if (wordStart > 0 && Character.isLetter(s.charAt(wordStart - 1))) {
            return false;
        }
        String word = s.subSequence(wordStart, at).toString();
        return word.equalsIgnoreCase("s") || word.equalsIgnoreCase("số") || word.equalsIgnoreCase("so");
    }

    /** Skips a leading "Số:", "số", "So", "S" before the digits of a number. */
    static int skipNumberPrefix(CharSequence s, int from, int limit) {
        int i = from;
        while (i < limit && i - from < 3 && Character.isLetter(s.charAt(i))) {
            i++;
        }
        if (i == from) {
            return from;
        }
        String word = s.subSequence(from, i).toString();
        if (!(word.equalsIgnoreCase("s") || word.equalsIgnoreCase("số") || word.equalsIgnoreCase("so"))) {
            return from;
        }
        int j = i;
        while (j < limit && j - i < 6 && (s.charAt(j) == ' ' || s.charAt(j) == ':' || s.charAt(j) == '\t' || s.charAt(j) == '.')) {
            j++;
        }
        return j < limit && isDigit(s.charAt(j)) ? j : from;
    }

    /** Reads a symbol whose number starts at {@code at}; null when the characters there are not one. */
    static Match read(CharSequence s, int at, int limit) {
        int i = at;
        while (i < limit && isDigit(s.charAt(i))) {
            if (i - at == MAX_DIGITS) {
                return null;
            }
            i++;
        }
        if (i == at) {
            return null;
        }
        int suffix = i;
        while (suffix < limit && suffix - i < 2 && s.charAt(suffix) >= 'a' && s.charAt(suffix) <= 'z') {
            suffix++;
        }
        String serial = s.subSequence(at, suffix).toString();
        int j = skipSpaces(s, suffix, limit);
        if (j >= limit) {
            return null;
        }
        char separator = s.charAt(j);
        if (separator == '/') {
            return readState(s, at, serial, skipSpaces(s, j + 1, limit), limit);
        }
        if (isDash(separator) && suffix == i) {
            return readParty(s, at, serial, skipSpaces(s, j + 1, limit), limit);
        }
        return null;
    }

    private static Match readState(CharSequence s, int at, String serial, int from, int limit) {
        Integer year = null;
        int j = from;
        if (j + 4 <= limit && isDigit(s.charAt(j))) {
            int k = j;
            int value = 0;
            while (k < limit && isDigit(s.charAt(k)) && k - j < 5) {
                value = value * 10 + (s.charAt(k) - '0');
                k++;
            }
            if (k - j != 4 || value < 1945 || value > 2100) {
                return null;
            }
            int slash = skipSpaces(s, k, limit);
            if (slash >= limit || s.charAt(slash) != '/') {
                return null;
            }
            year = value;
            j = skipSpaces(s, slash + 1, limit);
        }
        Chain chain = readChain(s, j, limit);
        if (chain == null) {
            return null;
        }
        String first = chain.first();
        String known = DocumentTypes.canonical(first);
        DocumentSymbol symbol;
        if (chain.count() >= 2 && (known != null || year != null)) {
            symbol = new DocumentSymbol(serial, year, known == null ? first : known, chain.rest(), false);
        } else {
            if (year == null && chain.count() == 1 && hasLowerCase(first)) {
                return null;
            }
            symbol = new DocumentSymbol(serial, year, null, chain.all(), false);
        }
        return new Match(symbol, at, chain.end());
    }

    private static Match readParty(CharSequence s, int at, String serial, int from, int limit) {
        int typeEnd = readSegment(s, from, limit);
        if (typeEnd < 0) {
            return null;
        }
        int slash = skipSpaces(s, typeEnd, limit);
        if (slash >= limit || s.charAt(slash) != '/') {
            return null;
        }
        Chain issuer = readChain(s, skipSpaces(s, slash + 1, limit), limit);
        if (issuer == null) {
            return null;
        }
        String type = s.subSequence(from, typeEnd).toString();
        String known = DocumentTypes.canonical(type);
        return new Match(new DocumentSymbol(serial, null, known == null ? type : known, issuer.all(), true), at, issuer.end());
    }

    /** Code groups joined by hyphens ("TTLT-BNV-VPCP"); a hyphen may have a stray space on one side only. */
    private record Chain(String all, int count, int firstEnd, int start, int end) {

        String first() {
            return all.substring(0, firstEnd);
        }

        String rest() {
            return all.substring(firstEnd + 1);
        }
    }

    private static Chain readChain(CharSequence s, int from, int limit) {
        int end = readSegment(s, from, limit);
        if (end < 0) {
            return null;
        }
        StringBuilder all = new StringBuilder(24).append(s, from, end);
        int firstEnd = all.length();
        int count = 1;
        while (count < MAX_SEGMENTS) {
            int dash = skipSpaces(s, end, limit);
            if (dash >= limit || !isDash(s.charAt(dash))) {
                break;
            }
            int next = skipSpaces(s, dash + 1, limit);
            if (dash > end && next > dash + 1) {
                break;
            }
            int nextEnd = readSegment(s, next, limit);
            if (nextEnd < 0) {
                break;
            }
            all.append('-').append(s, next, nextEnd);
            end = nextEnd;
            count++;
        }
        return new Chain(all.toString().replace('\u00D0', 'Đ'), count, firstEnd, from, end);
    }

    /**
     * One code group: an upper-case letter, then letters, digits or "&", at most one lower-case letter and only in a
     * group of three or more ("CTr", "QĐi", "TTg"); or the upper-case start of a group glued to a following word
     * ("TWngày"). Returns the end, or -1.
     */
    static int readSegment(CharSequence s, int from, int limit) {
        if (from >= limit || !Character.isUpperCase(s.charAt(from))) {
            return -1;
        }
        int k = from;
        int lower = 0;
        while (k < limit && k - from <= MAX_SEGMENT) {
            char c = s.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '&') {
                if (Character.isLowerCase(c)) {
                    lower++;
                }
                k++;
            } else if (Character.getType(c) == Character.NON_SPACING_MARK) {
                return -1;
            } else {
                break;
            }
        }
        int length = k - from;
        if (length <= MAX_SEGMENT && length >= 2 && (lower == 0 || lower == 1 && length >= 3)) {
            return k;
        }
        int upper = from;
        while (upper < k && (Character.isUpperCase(s.charAt(upper)) || isDigit(s.charAt(upper)) || s.charAt(upper) == '&')) {
            upper++;
        }
        if (upper - from >= 2 && upper - from <= MAX_SEGMENT && upper + 1 < limit
                && Character.isLowerCase(s.charAt(upper)) && Character.isLowerCase(s.charAt(upper + 1))) {
            return upper;
        }
        return -1;
    }

    private static boolean hasLowerCase(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static int skipSpaces(CharSequence s, int from, int limit) {
        int i = from;
        while (i < limit && i - from < MAX_SPACES && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
