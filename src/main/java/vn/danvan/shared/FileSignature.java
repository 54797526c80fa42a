package vn.danvan.shared;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What an uploaded file is, judged by its first bytes rather than by the name or type it came with: the kinds of
 * evidence and attachments the modules accept.
 */
public enum FileSignature {
    PDF("application/pdf"),
    JPEG("image/jpeg"),
    PNG("image/png"),
    WEBP("image/webp"),
    ZIP("application/zip");

    private final String mediaType;

    FileSignature(String mediaType) {
        this.mediaType = mediaType;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The kind the content shows, if it is one of these. */
    public static Optional<FileSignature> of(byte[] content) {
        if (starts(content, '%', 'P', 'D', 'F')) {
            return Optional.of(PDF);
        }
        if (starts(content, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(content, 0x89, 'P', 'N', 'G')) {
            return Optional.of(PNG);
        }
        if (content.length >= 12 && starts(content, 'R', 'I', 'F', 'F')
                && new String(content, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (starts(content, 'P', 'K', 3, 4)) {
            return Optional.of(ZIP);
        }
        return Optional.empty();
    }

    private static boolean starts(byte[] content, int... prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
