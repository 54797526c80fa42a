package vn.danvan.shared;

import java.text.Collator;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.Locale;

/**
 * Vietnamese text as people type it: folding for search without diacritics ("dan van kheo" finds "Dân vận khéo")
 * and collation for sorting names.
 */
public final class VietnameseText {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private VietnameseText() {
    }

    /** Lower case, without tone marks and diacritics, "đ" as "d", whitespace collapsed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean space = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            if (c == 'đ' || c == 'Đ' || c == '\u00D0') {
                c = 'd';
            }
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(Character.toLowerCase(c));
        }
        return out.toString();
    }

    /** NFC-normalised, trimmed, inner whitespace collapsed; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        return Normalizer.normalize(text, Normalizer.Form.NFC).strip().replaceAll("\\s+", " ");
    }

    /** Orders strings as a Vietnamese reader expects (a, ă, â, b, c, d, đ, …). */
    public static Comparator<String> order() {
        Collator collator = Collator.getInstance(VIETNAMESE);
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }
}
