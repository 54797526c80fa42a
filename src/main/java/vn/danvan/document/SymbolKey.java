package vn.danvan.document;

import vn.danvan.document.parsing.DocumentSymbol;

/**
 * A symbol as the registry matches it: the parser's normalised key, the number as printed, and the year a
 * legal-normative symbol carries.
 */
record SymbolKey(String key, String number, Integer year) {

    /** The key of a symbol, or null when the text is not a document symbol. */
    static SymbolKey of(String symbol) {
        return DocumentSymbol.parse(symbol).map(s -> new SymbolKey(s.key(), s.serial(), s.year())).orElse(null);
    }
}
