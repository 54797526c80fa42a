package vn.danvan.emulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

import vn.danvan.shared.DataDirectory;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.TooLarge;
import vn.danvan.shared.UnsupportedType;

/**
 * Evidence files of models, kept under the data directory ({@code emulation/evidence/<model>/<evidence>}), checked for
 * size and for a type their content proves before anything is written.
 */
@Component
class EvidenceFiles {

    private final Path root;
    private final long maxBytes;

    EvidenceFiles(DataDirectory data, @Value("${danvan.emulation.evidence-max-size:10MB}") DataSize maxSize) {
        this.root = data.resolve("emulation").resolve("evidence");
        this.maxBytes = maxSize.toBytes();
    }

    /** The type of an acceptable file; refuses empty, oversize, unknown and misnamed files. */
    EvidenceType check(String fileName, byte[] content) {
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw InvalidInput.field("file", "emulation.evidence.name-invalid");
        }
        if (content == null || content.length == 0) {
            throw InvalidInput.field("file", "emulation.evidence.empty");
        }
        if (content.length > maxBytes) {
            throw new TooLarge("emulation.evidence.too-large", maxBytes / (1024 * 1024));
        }
        EvidenceType type = EvidenceType.sniff(content, fileName)
                .orElseThrow(() -> new UnsupportedType("emulation.evidence.type-unsupported"));
        if (!type.matchesName(fileName)) {
            throw new UnsupportedType("emulation.evidence.type-mismatch", fileName, type.name());
        }
        return type;
    }

    void write(UUID modelId, UUID evidenceId, byte[] content) {
        try {
            Path dir = Files.createDirectories(root.resolve(modelId.toString()));
            Files.write(dir.resolve(evidenceId.toString()), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(UUID modelId, UUID evidenceId) {
        try {
            Files.deleteIfExists(root.resolve(modelId.toString()).resolve(evidenceId.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] read(UUID modelId, UUID evidenceId) {
        try {
            return Files.readAllBytes(root.resolve(modelId.toString()).resolve(evidenceId.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
