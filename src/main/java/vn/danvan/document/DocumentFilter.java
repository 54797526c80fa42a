package vn.danvan.document;

/**
 * What a list of documents is narrowed to: direction, type code, issuer (part of the name, or the code), year, and
 * documents that have a relation of a kind to another one.
 */
public record DocumentFilter(DocumentDirection direction, String typeCode, String issuer, Integer year,
        DocumentRelation relation) {

    public static DocumentFilter none() {
        return new DocumentFilter(null, null, null, null, null);
    }
}
