package vn.danvan.document.parsing;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * The number and symbol (số, ký hiệu) of a document in one of its three styles (VIETNAM.md §1.4–1.5):
 * state "1954/KH-UBND" (also a Công văn "4409/TCT-KK" without type), legal-normative with the year "59/2023/NĐ-CP",
 * "10/2022/QH15", and Party "25-NQ/TW" (hyphen before the type, slash before the issuer).
 *
 * @param serial     the number as printed ("05", "30c")
 * @param year       the year inside a legal-normative symbol, else null
 * @param typeCode   the type abbreviation in canonical case ("CTr", "QĐi"), null for a Công văn or a law
 * @param issuerCode the issuer part after the type ("UBND", "BNV-VPCP", "TCT-KK", "QH15")
 * @param party      Party style
 */
public record DocumentSymbol(String serial, Integer year, String typeCode, String issuerCode, boolean party) {

    /** Reads a symbol written by hand or copied from a text: "Số: 22 /KH-LĐTBXH", "100 - KL/TW", "s1122/QĐ-UBND". */
    public static Optional<DocumentSymbol> parse(String raw) {
        if (raw == null || raw.length() > 200) {
            return Optional.empty();
        }
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC).replace('\u00D0', 'Đ').strip();
        int start = SymbolReader.skipNumberPrefix(text, 0, text.length());
        SymbolReader.Match match = SymbolReader.read(text, start, text.length());
        if (match == null) {
            return Optional.empty();
        }
        for (int i = match.end(); i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Optional.empty();
            }
        }
        return Optional.of(match.symbol());
    }

    /** The number without a letter suffix ("30c" gives 30). */
    public Integer number() {
        int value = 0;
        int i = 0;
        while (i < serial.length() && Character.isDigit(serial.charAt(i)) && i < 9) {
            value = value * 10 + (serial.charAt(i) - '0');
            i++;
        }
        return i == 0 ? null : value;
    }

    /** What follows the number (and the year): "KH-LĐTBXH", "NĐ-CP", "CV/ĐU", "TCT-KK". */
    public String codes() {
        if (party) {
            return typeCode + "/" + issuerCode;
        }
        return typeCode == null ? issuerCode : typeCode + "-" + issuerCode;
    }

    /** The canonical display form: "22/KH-LĐTBXH", "59/2023/NĐ-CP", "84-CV/ĐU". */
    public String text() {
        if (party) {
            return serial + "-" + codes();
        }
        return serial + "/" + (year == null ? "" : year + "/") + codes();
    }

    /**
     * The form for matching two mentions of one document: upper case, no leading zeros, "Đ" unified; the style stays
     * visible ("25-NQ/TW" and "25/NQ-TW" differ).
     */
    public String key() {
        int i = 0;
        while (i < serial.length() - 1 && serial.charAt(i) == '0') {
            i++;
        }
        String canonical = party ? serial.substring(i) + "-" + codes()
                : serial.substring(i) + "/" + (year == null ? "" : year + "/") + codes();
        return Normalizer.normalize(canonical, Normalizer.Form.NFC).replace('\u00D0', 'Đ').toUpperCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return text();
    }
}
