package vn.danvan.document;

import java.time.LocalDate;

/**
 * Another document a text refers to by its symbol, as the parser found it, with the relation (based on, cites).
 */
public record CitedDocument(String symbol, String typeCode, String issuerCode, LocalDate issuedOn, String title,
        DocumentRelation relation) {
}
