package vn.danvan.document.parsing;

/** How a document refers to another one it names by symbol. */
public enum CitationRelation {
    /** Named in the opening "Căn cứ …" / "Thực hiện …" paragraphs (or the title): the legal basis. */
    BASED_ON,
    /** Named anywhere else in the text. */
    CITES
}
