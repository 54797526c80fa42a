package vn.danvan.document;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.util.unit.DataSize;

import vn.danvan.shared.DataDirectory;
import vn.danvan.shared.DomainException;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.TooLarge;
import vn.danvan.shared.UnsupportedType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OriginalFilesTests {

    private static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    private static final byte[] TEXT = "Kế hoạch số 12/KH-UBND về công tác dân vận".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    private OriginalFiles originals(Instant now) {
        return new OriginalFiles(new DataDirectory(dir), DataSize.ofMegabytes(50), Clock.fixed(now, ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    @Test
    void refusesEmptyAndOversizedContentBeforeReadingIt() {
        OriginalFiles originals = originals(NOW);

        assertThatThrownBy(() -> originals.check(new byte[0])).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> originals.check(new byte[60 * 1024 * 1024])).isInstanceOf(TooLarge.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("document.file-too-large");
        assertThat(originals.check(TEXT)).isEqualTo(OriginalFiles.FileType.TEXT);
    }

    @Test
    void judgesTheTypeFromTheBytesNeverFromTheName() {
        assertThat(OriginalFiles.sniff("%PDF-1.7\n...".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(OriginalFiles.FileType.PDF);
        assertThat(OriginalFiles.sniff("PK\u0003\u0004rest".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(OriginalFiles.FileType.DOCX);
        assertThat(OriginalFiles.sniff("\uFEFF <!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(OriginalFiles.FileType.HTML);
        assertThat(OriginalFiles.sniff(TEXT)).isEqualTo(OriginalFiles.FileType.TEXT);
        assertThatThrownBy(() -> OriginalFiles.sniff(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}))
                .isInstanceOf(UnsupportedType.class).extracting(e -> ((DomainException) e).code()).isEqualTo("document.file-old-word");
        assertThatThrownBy(() -> OriginalFiles.sniff(new byte[] {'a', 'b', 0, (byte) 0xFF, (byte) 0xFE, 1}))
                .isInstanceOf(UnsupportedType.class).extracting(e -> ((DomainException) e).code()).isEqualTo("document.file-unsupported");
    }

    @Test
    void namesAnOriginalByItsSha256AndKeepsItWhenTheDocumentIsSaved() throws Exception {
        OriginalFiles originals = originals(NOW);
        String sha256 = OriginalFiles.sha256(TEXT);

        originals.stage(sha256, TEXT);
        assertThat(dir.resolve("documents/staging/" + sha256)).exists();
        originals.keep(sha256);

        assertThat(sha256).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(TEXT)));
        assertThat(dir.resolve("documents/staging/" + sha256)).doesNotExist();
        assertThat(originals.read(sha256)).isEqualTo(TEXT);
        assertThat(originals.exists("../../etc/passwd")).isFalse();
        assertThatThrownBy(() -> originals.read("0".repeat(64))).isInstanceOf(InvalidInput.class);
    }

    @Test
    void uploadsHeldForMoreThanADayAndNeverSavedAreDeleted() throws Exception {
        byte[] abandoned = "Văn bản đọc nhưng không lưu".getBytes(StandardCharsets.UTF_8);
        originals(NOW).stage(OriginalFiles.sha256(abandoned), abandoned);
        byte[] recent = "Văn bản vừa đọc".getBytes(StandardCharsets.UTF_8);
        originals(NOW.plus(Duration.ofHours(20))).stage(OriginalFiles.sha256(recent), recent);
        Files.writeString(dir.resolve("documents/staging/upload123.tmp"), "half written");
        Files.setLastModifiedTime(dir.resolve("documents/staging/upload123.tmp"),
                FileTime.from(NOW.minus(Duration.ofHours(1))));

        byte[] next = "Văn bản tiếp theo".getBytes(StandardCharsets.UTF_8);
        OriginalFiles tomorrow = originals(NOW.plus(OriginalFiles.HELD_FOR).plusSeconds(60));
        tomorrow.stage(OriginalFiles.sha256(next), next);

        assertThat(tomorrow.exists(OriginalFiles.sha256(abandoned))).isFalse();
        assertThat(dir.resolve("documents/staging/upload123.tmp")).doesNotExist();
        assertThat(tomorrow.exists(OriginalFiles.sha256(recent))).isTrue();
        assertThat(tomorrow.exists(OriginalFiles.sha256(next))).isTrue();
    }
}
