package vn.danvan.document;

import java.util.UUID;

/**
 * A document to register at a unit: its particulars, its text, and the original file when it was uploaded (named by
 * the SHA-256 the preview returned).
 */
public record NewDocument(UUID unitId, DocumentDirection direction, DocumentFields fields, String text,
        String originalSha256, String originalName) {
}
