package vn.danvan.document.parsing;

import java.time.LocalDate;

/**
 * A document named by its symbol in another one. {@code issuedOn} only when the date directly follows the symbol
 * ("số 25-NQ/TW ngày 03/6/2013"); {@code title} when the text gives the trích yếu ("về …" after the issuer).
 */
public record Citation(String symbol, Integer number, String typeCode, String issuerCode, LocalDate issuedOn,
        String title, CitationRelation relation) {
}
