package vn.danvan.document.parsing;

import java.util.List;

/**
 * What the parser found: the kind of text ("formal" for a document with its own layout, "webpage" for a saved page
 * with site chrome, "article" for running text such as news), the document's particulars, the cited documents in
 * order of first appearance (each once) and the cleaned body text.
 */
public record ParsedDocument(String kind, DocumentParticulars document, List<Citation> citations, String text) {

    public static final String FORMAL = "formal";
    public static final String WEBPAGE = "webpage";
    public static final String ARTICLE = "article";

    public ParsedDocument {
        citations = citations == null ? List.of() : List.copyOf(citations);
    }
}
