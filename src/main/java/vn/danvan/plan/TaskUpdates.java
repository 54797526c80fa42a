package vn.danvan.plan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.danvan.shared.DataDirectory;
import vn.danvan.shared.FileSignature;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.NotFound;
import vn.danvan.shared.TooLarge;
import vn.danvan.shared.UnsupportedType;

/**
 * The log of reports on tasks (who, when, status, progress, note) with their evidence files — PDF, JPEG, PNG or Office
 * documents judged from their bytes, at most 10 MB each — kept under the data directory.
 */
@Component
class TaskUpdates {

    private static final Set<FileSignature> ACCEPTED = EnumSet.of(FileSignature.PDF, FileSignature.JPEG,
            FileSignature.PNG, FileSignature.ZIP);

    static final int MAX_BYTES = 10 * 1024 * 1024;
    static final int MAX_FILES = 5;

    private final JdbcClient jdbc;
    private final Path directory;

    TaskUpdates(JdbcClient jdbc, DataDirectory data) {
        this.jdbc = jdbc;
        this.directory = data.resolve("plan-files");
    }

    void record(UUID taskId, UUID unitId, TaskStatus status, Integer progress, String note, List<TaskReport.File> files,
            String by, Instant at) {
        String text = note == null || note.isBlank() ? null : note.strip();
        if (text != null && text.length() > 4000) {
            throw InvalidInput.field("note", "plan.task.note-too-long", 4000);
        }
        List<TaskReport.File> evidence = files == null ? List.of()
                : files.stream().filter(f -> f.content() != null && f.content().length > 0).toList();
        if (evidence.size() > MAX_FILES) {
            throw InvalidInput.field("files", "plan.evidence.too-many", MAX_FILES);
        }
        List<String> types = new ArrayList<>();
        for (TaskReport.File file : evidence) {
            if (file.content().length > MAX_BYTES) {
                throw new TooLarge("plan.evidence.too-large", MAX_BYTES / (1024 * 1024));
            }
            types.add(mediaType(file.content()));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("insert into plan_task_update (id, task_id, unit_id, made_at, by_user, status, progress, note) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, taskId, unitId, Timestamp.from(at), by, status == null ? null : status.name(), progress, text)
                .update();
        for (int i = 0; i < evidence.size(); i++) {
            TaskReport.File file = evidence.get(i);
            UUID fileId = UUID.randomUUID();
            String name = file.fileName() == null || file.fileName().isBlank() ? "tep"
                    : Path.of(file.fileName().replace('\\', '/')).getFileName().toString();
            name = name.length() > 200 ? name.substring(name.length() - 200) : name;
            try {
                Files.write(directory.resolve(fileId.toString()), file.content());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jdbc.sql("insert into plan_task_evidence (id, update_id, file_name, media_type, byte_size) values (?, ?, ?, ?, ?)")
                    .params(fileId, id, name, types.get(i), file.content().length).update();
        }
    }

    /** Drops the log of a task being removed from a draft. */
    void forget(UUID taskId) {
        jdbc.sql("delete from plan_task_evidence where update_id in (select id from plan_task_update where task_id = ?)")
                .param(taskId).update();
        jdbc.sql("delete from plan_task_update where task_id = ?").param(taskId).update();
    }

    /** The reports on a task, newest first, each with its evidence. */
    List<TaskUpdateView> history(UUID taskId) {
        Map<UUID, TaskUpdateView> byId = new LinkedHashMap<>();
        jdbc.sql("""
                select u.id, u.unit_id, o.name unit_name, u.made_at, u.by_user, u.status, u.progress, u.note
                from plan_task_update u left join org_unit o on o.id = u.unit_id
                where u.task_id = ? order by u.made_at desc""").param(taskId).query((rs, n) -> new TaskUpdateView(
                        rs.getObject("id", UUID.class), rs.getObject("unit_id", UUID.class), rs.getString("unit_name"),
                        rs.getTimestamp("made_at").toInstant(), rs.getString("by_user"),
                        rs.getString("status") == null ? null : TaskStatus.valueOf(rs.getString("status")),
                        (Integer) rs.getObject("progress", Integer.class), rs.getString("note"), new ArrayList<>()))
                .list().forEach(u -> byId.put(u.id(), u));
        if (!byId.isEmpty()) {
            jdbc.sql("select id, update_id, file_name, media_type, byte_size from plan_task_evidence where update_id in (:ids) "
                    + "order by file_name").param("ids", List.copyOf(byId.keySet())).query((rs, n) -> {
                        byId.get(rs.getObject("update_id", UUID.class)).files().add(new TaskUpdateView.Evidence(
                                rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("media_type"),
                                rs.getLong("byte_size")));
                        return 1;
                    }).list();
        }
        return List.copyOf(byId.values());
    }

    /** An evidence file of a task with its name and type. */
    StoredFile file(UUID taskId, UUID fileId) {
        return jdbc.sql("select e.file_name, e.media_type from plan_task_evidence e join plan_task_update u on u.id = e.update_id "
                        + "where e.id = ? and u.task_id = ?").params(fileId, taskId)
                .query((rs, n) -> {
                    try {
                        return new StoredFile(rs.getString("file_name"), rs.getString("media_type"),
                                Files.readAllBytes(directory.resolve(fileId.toString())));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }).optional().orElseThrow(() -> new NotFound("plan.evidence.not-found"));
    }

    /** A stored evidence file as read back. */
    record StoredFile(String fileName, String mediaType, byte[] content) {
    }

    /** The media type of an accepted file (PDF, JPEG, PNG or ZIP), judged by its content. */
    static String mediaType(byte[] content) {
        return FileSignature.of(content).filter(ACCEPTED::contains).map(FileSignature::mediaType)
                .orElseThrow(() -> new UnsupportedType("plan.evidence.type"));
    }
}
