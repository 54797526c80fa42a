package vn.danvan.emulation;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import vn.danvan.shared.FileSignature;

/**
 * The kinds of evidence a model's file may hold, recognised by their first bytes rather than by the name they came
 * with: photos (JPEG, PNG, WebP), PDF, and Word or Excel documents.
 */
public enum EvidenceType {
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png"),
    WEBP("image/webp", "webp"),
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String mediaType;
    private final List<String> extensions;

    EvidenceType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    public String mediaType() {
        return mediaType;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    /** The type the content shows, if it is one of ours; Office files are told apart by their name once seen to be ZIP. */
    static Optional<EvidenceType> sniff(byte[] content, String fileName) {
        return FileSignature.of(content).flatMap(signature -> switch (signature) {
            case JPEG -> Optional.of(JPEG);
            case PNG -> Optional.of(PNG);
            case WEBP -> Optional.of(WEBP);
            case PDF -> Optional.of(PDF);
            case ZIP -> office(content);
        });
    }

    private static Optional<EvidenceType> office(byte[] content) {
        String zipped = new String(content, 0, Math.min(content.length, 64 * 1024), StandardCharsets.ISO_8859_1);
        if (zipped.contains("word/")) {
            return Optional.of(DOCX);
        }
        if (zipped.contains("xl/")) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /** Whether the file name's extension is one this type goes by (a name without extension is taken as it is). */
    boolean matchesName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return true;
        }
        return extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static Optional<EvidenceType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }
}
