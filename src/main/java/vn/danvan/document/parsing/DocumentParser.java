package vn.danvan.document.parsing;

import java.util.List;

import vn.danvan.shared.VietnameseText;

/**
 * Parses a Vietnamese document: sniffs the type from the bytes (PDF, DOCX, HTML, else text), cleans the text and finds
 * the document's particulars and the documents it cites. Stateless and thread-safe; linear in the size of the text.
 */
public final class DocumentParser {

    private static final String[] CHROME = {"trang chu", "gioi thieu", "lien he", "dang nhap", "dang ky", "tim kiem",
            "so do trang", "so do site", "ban quyen", "copyright", "chia se", "tin lien quan", "tin khac", "xem them",
            "luot xem", "luot truy cap", "facebook", "zalo", "in bai viet", "gui email", "dieu khoan su dung",
            "chinh sach bao mat", "dang truc tuyen", "menu", "ve dau trang", "bai viet lien quan", "tin moi", "quay lai"};

    /** Reads and parses a file; the name only appears in messages, the type comes from the bytes. */
    public ParsedDocument parse(byte[] content, String fileName) {
        DocumentText.Extracted extracted = DocumentText.read(content, fileName);
        return parseClean(extracted.text(), extracted.webPage());
    }

    /** Parses text already read (pasted, or extracted by {@link DocumentText}). */
    public ParsedDocument parseText(String text) {
        if (text == null || text.isBlank()) {
            throw new UnreadableDocument(UnreadableDocument.Reason.EMPTY, "empty text");
        }
        return parseClean(DocumentText.clean(text), false);
    }

    private ParsedDocument parseClean(String text, boolean webPage) {
        Layout layout = new Layout(text);
        List<Citation> citations = CitationFinder.find(text, layout);
        DocumentSymbol symbol = layout.symbol;
        String issuerCode = symbol != null ? CitationFinder.issuerCode(symbol) : issuerCodeOf(layout.codes, layout.party);
        DocumentParticulars particulars = new DocumentParticulars(symbol == null ? null : symbol.text(),
                symbol == null ? null : symbol.number(), layout.codes, layout.typeCode, layout.typeName, layout.issuer, issuerCode,
                layout.place, layout.issuedOn, layout.title, layout.signer, layout.signingAuthority, layout.signerTitle,
                layout.recipients);
        return new ParsedDocument(kind(text, layout, webPage), particulars, citations, text);
    }

    private static String issuerCodeOf(String codes, boolean party) {
        if (codes == null) {
            return null;
        }
        return DocumentSymbol.parse("0" + (party ? "-" : "/") + codes).map(CitationFinder::issuerCode).orElse(null);
    }

    private static String kind(String text, Layout layout, boolean webPage) {
        if (webPage || chromeLines(text) >= 3) {
            return ParsedDocument.WEBPAGE;
        }
        return layout.formal() ? ParsedDocument.FORMAL : ParsedDocument.ARTICLE;
    }

    /** How many different kinds of site chrome (menus, share buttons, copyright lines) appear as short lines. */
    private static int chromeLines(String text) {
        int seen = 0;
        boolean[] found = new boolean[CHROME.length];
        int start = 0;
        int lines = 0;
        while (start < text.length() && lines < 5000) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n' && end - start <= 60) {
                end++;
            }
            if (end < text.length() && text.charAt(end) != '\n') {
                while (end < text.length() && text.charAt(end) != '\n') {
                    end++;
                }
            } else {
                String folded = VietnameseText.fold(text.substring(start, end));
                for (int k = 0; k < CHROME.length; k++) {
                    if (!found[k] && (folded.startsWith(CHROME[k]) || folded.contains("©") && k == 8)) {
                        found[k] = true;
                        seen++;
                    }
                }
            }
            start = end + 1;
            lines++;
        }
        return seen;
    }
}
