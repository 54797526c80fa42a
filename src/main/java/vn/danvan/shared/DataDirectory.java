package vn.danvan.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Danvan keeps its files (embedded database, uploaded originals, search index): {@code DANVAN_DATA_DIR}, default
 * {@code ./data}.
 */
@ConfigurationProperties("danvan.data")
public record DataDirectory(Path dir) {

    public DataDirectory {
        dir = (dir == null ? Path.of("data") : dir).toAbsolutePath().normalize();
    }

    /** A sub-directory for one purpose, created when missing. */
    public Path resolve(String name) {
        Path path = dir.resolve(name);
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + path, e);
        }
        return path;
    }
}
