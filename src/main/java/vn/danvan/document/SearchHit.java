package vn.danvan.document;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One document found by a search, with the matched words of its title and text marked ({@code <mark>}); the
 * highlights are HTML-escaped apart from those marks.
 */
public record SearchHit(UUID id, String symbol, String title, String issuer, LocalDate issuedOn, String titleHighlight,
        String textHighlight) {
}
