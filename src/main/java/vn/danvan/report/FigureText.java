package vn.danvan.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Figures as Vietnamese write them: "1.234,5" (dot for thousands, comma for decimals), also "1234,5" and "1234.5";
 * "1.234" is one thousand two hundred and thirty-four.
 */
final class FigureText {

    private static final Pattern VIETNAMESE = Pattern.compile("-?\\d{1,3}(\\.\\d{3})*(,\\d+)?|-?\\d+(,\\d+)?");
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private FigureText() {
    }

    /** The number, empty for blank text, or nothing at all when the text is not a number. */
    static Optional<Optional<BigDecimal>> parse(String text) {
        String t = text == null ? "" : text.replace("\u00a0", "").replace(" ", "").strip();
        if (t.isEmpty()) {
            return Optional.of(Optional.empty());
        }
        if (t.length() > 30) {
            return Optional.empty();
        }
        if (VIETNAMESE.matcher(t).matches()) {
            return Optional.of(Optional.of(new BigDecimal(t.replace(".", "").replace(',', '.')).stripTrailingZeros()));
        }
        if (PLAIN.matcher(t).matches()) {
            return Optional.of(Optional.of(new BigDecimal(t).stripTrailingZeros()));
        }
        return Optional.empty();
    }

    /** The figure written back the Vietnamese way, for forms. */
    static String format(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(java.util.Locale.forLanguageTag("vi-VN")));
        return format.format(value);
    }
}
