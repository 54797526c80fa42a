package vn.danvan.document.parsing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.danvan.shared.VietnameseText;

/**
 * Every document named by symbol in a text, once each in order of first appearance, with the date when it directly
 * follows the symbol ("số 25-NQ/TW, ngày 03/6/2013"), the title when the text gives one ("… về …"), and BASED_ON
 * inside the title or the opening "Căn cứ …" paragraphs. One pass over the text with bounded look-ahead at each
 * candidate.
 */
final class CitationFinder {

    private static final int TITLE_WINDOW = 400;
    private static final int MAX_TITLE = 250;
    private static final String[] TYPE_WORDS = {"chương trình", "kế hoạch", "nghị quyết", "quyết định", "chỉ thị", "hướng dẫn",
            "thông tri", "kết luận", "nghị định", "thông tư", "quy định", "công văn", "thông báo", "báo cáo", "luật", "quy chế",
            "đề án", "tờ trình", "pháp lệnh", "văn bản"};

    private static final String[] ORGANISATIONS = {"Sở ", "Ủy ban", "UBND", "Ban ", "Đảng ủy", "Phòng ", "Bộ ", "Cục ", "Chi cục",
            "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Văn phòng", "Hội đồng"};

    private CitationFinder() {
    }

    static List<Citation> find(String text, Layout layout) {
        String own = layout.symbol == null ? null : layout.symbol.key();
        Map<String, Citation> found = new LinkedHashMap<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            char c = text.charAt(i);
            if (!SymbolReader.isDigit(c)) {
                i++;
                continue;
            }
            SymbolReader.Match match = SymbolReader.canStartAt(text, i) ? SymbolReader.read(text, i, Math.min(length, i + 200)) : null;
            if (match == null) {
                while (i < length && SymbolReader.isDigit(text.charAt(i))) {
                    i++;
                }
                continue;
            }
            i = Math.max(match.end(), i + 1);
            DocumentSymbol symbol = match.symbol();
            String key = symbol.key();
            if (key.equals(own) || match.start() >= layout.numberStart && match.start() < layout.numberEnd) {
                continue;
            }
            DateReader.Found date = dateAfter(text, match.end());
            Citation existing = found.get(key);
            if (existing != null) {
                if (existing.issuedOn() == null && date != null || existing.title() == null) {
                    String title = existing.title() != null ? existing.title() : titleAfter(text, date == null ? match.end() : date.end());
                    found.put(key, new Citation(existing.symbol(), existing.number(), existing.typeCode(), existing.issuerCode(),
                            existing.issuedOn() != null ? existing.issuedOn() : date == null ? null : date.date(), title, existing.relation()));
                }
                continue;
            }
            boolean basedOn = inside(match.start(), layout.titleStart, layout.titleEnd)
                    || inside(match.start(), layout.preambleStart, layout.preambleEnd);
            LocalDate issuedOn = date == null ? null : date.date();
            String title = titleAfter(text, date == null ? match.end() : date.end());
            found.put(key, new Citation(symbol.text(), symbol.number(), symbol.typeCode(), issuerCode(symbol), issuedOn, title,
                    basedOn ? CitationRelation.BASED_ON : CitationRelation.CITES));
        }
        return new ArrayList<>(found.values());
    }

    /** The issuing body's code: "UBND" in "KH-UBND", "TCT" in the Công văn "4409/TCT-KK", "TW" in "25-NQ/TW". */
    static String issuerCode(DocumentSymbol symbol) {
        String issuer = symbol.issuerCode();
        if (symbol.typeCode() == null && !symbol.party() && symbol.year() == null) {
            int dash = issuer.indexOf('-');
            return dash > 0 ? issuer.substring(0, dash) : issuer;
        }
        return issuer;
    }

    private static boolean inside(int offset, int start, int end) {
        return start >= 0 && offset >= start && offset < end;
    }

    /** "ngày 03/6/2013", ", ngày 03/6/2013", " (06/01/2016)" right after the symbol. */
    private static DateReader.Found dateAfter(String text, int end) {
        int limit = Math.min(text.length(), end + 60);
        int j = skipBlanks(text, end, limit);
        if (j < limit && (text.charAt(j) == ',' || text.charAt(j) == '(')) {
            j = skipBlanks(text, j + 1, limit);
        }
        return DateReader.read(text, j, limit);
    }

    private static int skipBlanks(String text, int from, int limit) {
        int j = from;
        while (j < limit && j - from < 3 && text.charAt(j) == ' ') {
            j++;
        }
        return j;
    }

    /** The subject after "về" in the same clause ("… của Tỉnh ủy về công tác dân vận năm 2016"), or null. */
    private static String titleAfter(String text, int from) {
        int limit = Math.min(text.length(), from + TITLE_WINDOW);
        int clauseEnd = from;
        while (clauseEnd < limit && text.charAt(clauseEnd) != ';' && text.charAt(clauseEnd) != '\n') {
            clauseEnd++;
        }
        int about = -1;
        for (int k = from; k + 3 <= clauseEnd && k - from <= 150; k++) {
            if (text.charAt(k) == ' ' && text.startsWith("về ", k + 1)) {
                about = k + 4;
                break;
            }
            if (k > from && SymbolReader.isDigit(text.charAt(k)) && SymbolReader.canStartAt(text, k)
                    && SymbolReader.read(text, k, clauseEnd) != null) {
                return null;
            }
        }
        if (about < 0) {
            return null;
        }
        if (text.startsWith("việc ", about)) {
            about += 5;
        }
        int end = about;
        while (end < clauseEnd && end - about < MAX_TITLE) {
            char c = text.charAt(end);
            if (c == '.' && (end + 1 >= clauseEnd || text.charAt(end + 1) == ' ')) {
                break;
            }
            if (c == ',' && startsWithTypeWord(text, end + 1, clauseEnd)) {
                break;
            }
            if (c == ',' && startsWithOrganisation(text, end + 1, clauseEnd)) {
                break;
            }
            end++;
        }
        String title = VietnameseText.clean(text.substring(about, end));
        title = stripQuotes(title);
        return title.length() < 5 ? null : title;
    }

    private static boolean startsWithTypeWord(String text, int from, int limit) {
        int j = skipBlanks(text, from, limit);
        String head = text.substring(j, Math.min(limit, j + 14)).toLowerCase(VietnameseText.VIETNAMESE);
        for (String word : TYPE_WORDS) {
            if (head.startsWith(word)) {
                return true;
            }
        }
        return head.startsWith("và ") && startsWithTypeWord(text, j + 3, limit);
    }

    /** ", Sở Lao động … xây dựng …": the clause goes back to the writer. */
    private static boolean startsWithOrganisation(String text, int from, int limit) {
        int j = skipBlanks(text, from, limit);
        for (String organisation : ORGANISATIONS) {
            if (text.startsWith(organisation, j)) {
                return true;
            }
        }
        return false;
    }

    private static String stripQuotes(String title) {
        String value = title;
        while (!value.isEmpty() && "“”\"'(".indexOf(value.charAt(0)) >= 0) {
            value = value.substring(1);
        }
        while (!value.isEmpty() && "“”\"',;:)".indexOf(value.charAt(value.length() - 1)) >= 0) {
            value = value.substring(0, value.length() - 1);
        }
        return value.strip();
    }
}
