package vn.danvan.document;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.danvan.shared.DataDirectory;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.TooLarge;
import vn.danvan.shared.UnsupportedType;

/**
 * Keeps uploaded originals under the data directory, named by their SHA-256: held aside while a person checks the
 * parsed fields, moved among the registered originals when the document is saved. Uploads held aside for longer than a
 * day were never saved and are deleted when the next upload is held. The type comes from the bytes, never from the
 * file name.
 */
@Component
class OriginalFiles {

    /** What a file really is, judged from its first bytes. */
    enum FileType {
        PDF("pdf"), DOCX("docx"), HTML("html"), TEXT("txt");

        final String extension;

        FileType(String extension) {
            this.extension = extension;
        }
    }

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    static final Duration HELD_FOR = Duration.ofDays(1);

    private final Path originals;
    private final Path staging;
    private final long maxBytes;
    private final Clock clock;

    OriginalFiles(DataDirectory data, @Value("${danvan.documents.max-size:20MB}") DataSize maxSize, Clock clock) {
        this.originals = data.resolve("documents/originals");
        this.staging = data.resolve("documents/staging");
        this.maxBytes = maxSize.toBytes();
        this.clock = clock;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** Refuses empty, oversized and unrecognised content; otherwise names its type. */
    FileType check(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.field("file", "document.file-empty");
        }
        if (content.length > maxBytes) {
            throw new TooLarge("document.file-too-large", DataSize.ofBytes(maxBytes).toMegabytes());
        }
        return sniff(content);
    }

    static FileType sniff(byte[] content) {
        if (startsWith(content, "%PDF-")) {
            return FileType.PDF;
        }
        if (content.length > 4 && content[0] == 'P' && content[1] == 'K' && content[2] == 3 && content[3] == 4) {
            return FileType.DOCX;
        }
        if (content.length > 4 && (content[0] & 0xff) == 0xD0 && (content[1] & 0xff) == 0xCF) {
            throw new UnsupportedType("document.file-old-word");
        }
        String text = utf8(content);
        if (text == null || text.indexOf('\u0000') >= 0) {
            throw new UnsupportedType("document.file-unsupported");
        }
        String head = text.substring(0, Math.min(text.length(), 2048)).stripLeading().toLowerCase(Locale.ROOT);
        if (head.startsWith("\ufeff")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                || (head.startsWith("<") && (head.contains("<body") || head.contains("<head")))) {
            return FileType.HTML;
        }
        return FileType.TEXT;
    }

    private static boolean startsWith(byte[] content, String prefix) {
        if (content.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (content[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String utf8(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Holds a checked upload aside until the person saves the document. */
    void stage(String sha256, byte[] content) {
        deleteAbandoned();
        Path target = staging.resolve(sha256);
        if (Files.exists(originals.resolve(sha256))) {
            return;
        }
        Path temp = null;
        try {
            if (Files.exists(target)) {
                touch(target);
                return;
            }
            temp = Files.createTempFile(staging, "upload", ".tmp");
            Files.write(temp, content);
            touch(temp);
            move(temp, target);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes what was held aside before {@link #HELD_FOR} ago: uploads that were read but never saved. */
    void deleteAbandoned() {
        FileTime before = FileTime.from(clock.instant().minus(HELD_FOR));
        try (DirectoryStream<Path> held = Files.newDirectoryStream(staging)) {
            for (Path file : held) {
                if (Files.getLastModifiedTime(file).compareTo(before) < 0) {
                    deleteQuietly(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void touch(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(clock.instant()));
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Another request may hold it; the next sweep tries again.
        }
    }

    /** The bytes of a held or registered original. */
    byte[] read(String sha256) {
        Path path = locate(sha256);
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Moves a held original among the registered ones (it may already be there: the same file registered twice). */
    void keep(String sha256) {
        Path target = originals.resolve(sha256);
        if (Files.exists(target)) {
            return;
        }
        try {
            move(locate(sha256), target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean exists(String sha256) {
        return sha256 != null && SHA256.matcher(sha256).matches()
                && (Files.exists(staging.resolve(sha256)) || Files.exists(originals.resolve(sha256)));
    }

    private Path locate(String sha256) {
        if (!exists(sha256)) {
            throw InvalidInput.field("file", "document.original-missing");
        }
        Path kept = originals.resolve(sha256);
        return Files.exists(kept) ? kept : staging.resolve(sha256);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
