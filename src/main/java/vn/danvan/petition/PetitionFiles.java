package vn.danvan.petition;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.shared.Actor;
import vn.danvan.shared.DataDirectory;
import vn.danvan.shared.FileSignature;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.NotFound;
import vn.danvan.shared.Role;
import vn.danvan.shared.TooLarge;
import vn.danvan.shared.UnsupportedType;

/**
 * Files attached to petitions (scans of the letter, evidence): PDF, JPEG, PNG or Office documents judged from their
 * bytes, at most 10 MB each, kept under the data directory.
 */
@Service
public class PetitionFiles {

    private static final Set<FileSignature> ACCEPTED = EnumSet.of(FileSignature.PDF, FileSignature.JPEG,
            FileSignature.PNG, FileSignature.ZIP);

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private final PetitionDesk desk;
    private final JdbcClient jdbc;
    private final Path directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PetitionFiles(PetitionDesk desk, JdbcClient jdbc, DataDirectory data, ApplicationEventPublisher events, Clock clock) {
        this.desk = desk;
        this.jdbc = jdbc;
        this.directory = data.resolve("petition-files");
        this.events = events;
        this.clock = clock;
    }

    /** A file and its type, as read back. */
    public record StoredFile(String fileName, String mediaType, byte[] content) {
    }

    @Transactional
    public UUID attach(Actor actor, UUID petitionId, String fileName, byte[] content) {
        Petition petition = desk.load(actor, petitionId);
        actor.require(desk.unitPath(petition), Role.RECEPTION_OFFICER, Role.LEADER);
        return store(petition, fileName, content, actor.username());
    }

    UUID store(Petition petition, String fileName, byte[] content, String actor) {
        if (content == null || content.length == 0) {
            throw InvalidInput.field("file", "petition.attachment.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new TooLarge("petition.attachment.too-large", MAX_BYTES / (1024 * 1024));
        }
        String mediaType = mediaType(content);
        String name = fileName == null || fileName.isBlank() ? "tep" : Path.of(fileName).getFileName().toString();
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        UUID id = UUID.randomUUID();
        try {
            Files.write(directory.resolve(id.toString()), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("insert into petition_attachment (id, petition_id, file_name, media_type, byte_size, sha256, added_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(id, petition.id(), name, mediaType, content.length, sha256(content),
                        Timestamp.from(clock.instant())).update();
        events.publishEvent(new PetitionChanged(petition.id(), petition.unitId(), "petition-attached", List.of("attachments"), actor,
                clock.instant()));
        return id;
    }

    @Transactional(readOnly = true)
    public StoredFile read(Actor actor, UUID petitionId, UUID attachmentId) {
        desk.load(actor, petitionId);
        return jdbc.sql("select file_name, media_type from petition_attachment where id = ? and petition_id = ?")
                .params(attachmentId, petitionId)
                .query((rs, n) -> {
                    try {
                        return new StoredFile(rs.getString("file_name"), rs.getString("media_type"),
                                Files.readAllBytes(directory.resolve(attachmentId.toString())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).optional().orElseThrow(() -> new NotFound("petition.attachment.not-found"));
    }

    /** The media type of an accepted file (PDF, JPEG, PNG or ZIP), judged by its content. */
    static String mediaType(byte[] content) {
        return FileSignature.of(content).filter(ACCEPTED::contains).map(FileSignature::mediaType)
                .orElseThrow(() -> new UnsupportedType("petition.attachment.type"));
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
