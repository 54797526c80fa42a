package vn.danvan.plan.extraction;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/**
 * Numbers as Vietnamese documents write them: "." groups thousands and "," marks decimals ("85.000", "2,48",
 * "1.234,5"). A lone "." not followed by groups of three digits is read as a decimal point ("2.5"), as typed in
 * English style.
 */
public final class VietnameseNumber {

    private VietnameseNumber() {
    }

    /** The value of a number as written; throws {@link IllegalArgumentException} when the text is not a number. */
    public static BigDecimal parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("not a number: empty text");
        }
        String s = text.strip().replace("\u00A0", "").replace("\u202F", "").replace(" ", "");
        boolean negative = s.startsWith("-");
        if (negative) {
            s = s.substring(1);
        }
        if (s.isEmpty() || !Character.isDigit(s.charAt(0)) || !Character.isDigit(s.charAt(s.length() - 1))) {
            throw new IllegalArgumentException("not a number: \"" + text.strip() + "\"");
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean separator = c == '.' || c == ',';
            if (!Character.isDigit(c) && !separator || separator && !Character.isDigit(s.charAt(i - 1))) {
                throw new IllegalArgumentException("not a number: \"" + text.strip() + "\"");
            }
        }
        int lastDot = s.lastIndexOf('.');
        int lastComma = s.lastIndexOf(',');
        String plain;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            int decimalAt = Math.max(lastDot, lastComma);
            String whole = s.substring(0, decimalAt);
            if (whole.indexOf(decimal) >= 0 || !groupedByThousands(whole, grouping)) {
                throw new IllegalArgumentException("not a number: \"" + text.strip() + "\"");
            }
            plain = whole.replace(String.valueOf(grouping), "") + "." + s.substring(decimalAt + 1);
        } else if (lastDot >= 0) {
            plain = groupedByThousands(s, '.') ? s.replace(".", "") : decimal(s, '.', text);
        } else if (lastComma >= 0) {
            plain = s.indexOf(',') != lastComma && groupedByThousands(s, ',') ? s.replace(",", "") : decimal(s, ',', text);
        } else {
            plain = s;
        }
        BigDecimal value = new BigDecimal(plain);
        return negative ? value.negate() : value;
    }

    /** Writes a number the Vietnamese way: "85.000", "2,48", "1.234,5". */
    public static String format(BigDecimal value) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat("#,##0.##########", symbols);
        return format.format(value);
    }

    private static String decimal(String s, char separator, String original) {
        if (s.indexOf(separator) != s.lastIndexOf(separator)) {
            throw new IllegalArgumentException("not a number: \"" + original.strip() + "\"");
        }
        return s.replace(separator, '.');
    }

    /** "85.000", "1.234.567": a first group of one to three digits, then groups of exactly three. */
    private static boolean groupedByThousands(String s, char grouping) {
        String[] groups = s.split("\\" + grouping, -1);
        if (groups.length < 2 || groups[0].isEmpty() || groups[0].length() > 3) {
            return groups.length == 1;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return false;
            }
        }
        return true;
    }
}
