package vn.danvan.document;

import java.util.List;

/**
 * What the parser read from a pasted text or an uploaded file, for a person to check before anything is saved; an
 * uploaded original is held aside under its SHA-256 until the document is registered.
 */
public record DocumentDraft(String kind, DocumentFields fields, List<CitedDocument> citations, String text,
        String fileName, String fileType, Long fileSize, String sha256) {

    public DocumentDraft {
        citations = List.copyOf(citations);
    }
}
