package vn.danvan.petition;

import java.time.Instant;
import java.util.UUID;

/**
 * A file attached to a petition.
 */
public record AttachmentView(UUID id, String fileName, String mediaType, long size, Instant addedAt) {
}
