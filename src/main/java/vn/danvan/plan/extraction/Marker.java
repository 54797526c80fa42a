package vn.danvan.plan.extraction;

/**
 * The numbering at the start of a line as printed: "II.", "1.", "1-", "1.2.", "a)", "-", "+". The rank orders the
 * kinds from outermost to innermost so that nesting follows the document's own numbering.
 */
record Marker(Kind kind, String value, String label, int rank, int textStart) {

    enum Kind {
        ROMAN, ARABIC, DECIMAL, LETTER, BULLET
    }

    private static final String ROMAN_DIGITS = "IVXL";
    private static final String SEPARATORS = ".-/)";

    /** The marker a line starts with, or null. */
    static Marker of(String line) {
        if (line.isEmpty()) {
            return null;
        }
        Marker marker = roman(line);
        if (marker == null) {
            marker = arabic(line);
        }
        if (marker == null) {
            marker = letter(line);
        }
        return marker == null ? bullet(line) : marker;
    }

    private static Marker roman(String line) {
        int i = 0;
        while (i < line.length() && i < 6 && ROMAN_DIGITS.indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        if (i == 0 || i >= line.length() - 1 || SEPARATORS.indexOf(line.charAt(i)) < 0 || !Character.isWhitespace(line.charAt(i + 1))) {
            return null;
        }
        String value = line.substring(0, i);
        if (romanValue(value) <= 0) {
            return null;
        }
        return new Marker(Kind.ROMAN, value, line.substring(0, i + 1), 0, textStart(line, i + 1));
    }

    private static Marker arabic(String line) {
        int i = 0;
        int parts = 0;
        while (true) {
            int digits = 0;
            while (i < line.length() && Character.isDigit(line.charAt(i)) && digits < 3) {
                i++;
                digits++;
            }
            if (digits == 0 || digits > 2 || i < line.length() && Character.isDigit(line.charAt(i))) {
                return null;
            }
            parts++;
            if (i + 1 < line.length() && line.charAt(i) == '.' && Character.isDigit(line.charAt(i + 1))) {
                i++;
                continue;
            }
            break;
        }
        String value = line.substring(0, i);
        int end = i;
        if (end < line.length() && SEPARATORS.indexOf(line.charAt(end)) >= 0) {
            end++;
        } else if (parts == 1) {
            return null;
        }
        if (end >= line.length() || !Character.isWhitespace(line.charAt(end))) {
            return null;
        }
        return parts == 1
                ? new Marker(Kind.ARABIC, value, line.substring(0, end), 1, textStart(line, end))
                : new Marker(Kind.DECIMAL, value, line.substring(0, end), parts, textStart(line, end));
    }

    private static Marker letter(String line) {
        if (line.length() < 3) {
            return null;
        }
        char c = line.charAt(0);
        boolean letter = c >= 'a' && c <= 'z' || c == 'đ';
        if (!letter || line.charAt(1) != ')' && line.charAt(1) != '.' || !Character.isWhitespace(line.charAt(2))) {
            return null;
        }
        return new Marker(Kind.LETTER, String.valueOf(c), line.substring(0, 2), 6, textStart(line, 2));
    }

    private static Marker bullet(String line) {
        char c = line.charAt(0);
        int rank = switch (c) {
            case '-', '–', '—' -> 7;
            case '+' -> 8;
            case '•', '·', '*' -> 9;
            default -> -1;
        };
        if (rank < 0 || line.length() < 2 || Character.isDigit(line.charAt(1)) || line.charAt(1) == c) {
            return null;
        }
        return new Marker(Kind.BULLET, String.valueOf(c), String.valueOf(c), rank, textStart(line, 1));
    }

    private static int textStart(String line, int from) {
        int i = from;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The value of a Roman numeral up to XXXIX, or 0 when it is not one. */
    static int romanValue(String roman) {
        int total = 0;
        int previous = 0;
        for (int i = roman.length() - 1; i >= 0; i--) {
            int value = switch (roman.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                default -> 0;
            };
            total += value < previous ? -value : value;
            previous = Math.max(previous, value);
        }
        return total > 0 && total < 40 && roman(total).equals(roman) ? total : 0;
    }

    static String roman(int value) {
        String[] tens = {"", "X", "XX", "XXX"};
        String[] ones = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
        return tens[value / 10] + ones[value % 10];
    }
}
