package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.SearchHit;
import vn.danvan.org.UnitKind;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.TooManyRequests;

/**
 * The public portal: a citizen without an account sends a petition to a People's Committee and gets a tracking code,
 * then follows its status by that code. Size limits, a honeypot field and a limit per client address keep robots and
 * floods out.
 */
@Service
public class PublicPortal {

    static final int MAX_CONTENT = 5_000;
    private static final long WINDOW_MILLIS = 3_600_000L;

    private final PetitionDesk desk;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int perHour;
    private final Map<String, Deque<Long>> recent = new ConcurrentHashMap<>();

    PublicPortal(PetitionDesk desk, OrgStructure org, JdbcClient jdbc, Clock clock,
            @Value("${danvan.petition.portal.per-hour:10}") int perHour) {
        this.desk = desk;
        this.org = org;
        this.jdbc = jdbc;
        this.clock = clock;
        this.perHour = perHour;
    }

    /** The People's Committees a citizen may address. */
    public List<SearchHit> committees() {
        return org.candidates(Actor.system(), "", UnitKind.PEOPLES_COMMITTEE, 300);
    }

    /** Registers a petition sent through the portal and returns its tracking code. */
    @Transactional
    public String submit(PortalSubmission submission, String clientAddress) {
        if (submission.website() != null && !submission.website().isBlank()) {
            throw new InvalidInput("petition.portal.rejected");
        }
        admit(clientAddress == null ? "unknown" : clientAddress);
        UnitSummary unit = submission.unitId() == null ? null : org.find(submission.unitId())
                .filter(u -> u.kind() == UnitKind.PEOPLES_COMMITTEE && u.isActiveOn(LocalDate.now(clock))).orElse(null);
        if (unit == null) {
            throw InvalidInput.field("unitId", "petition.portal.unit-required");
        }
        if (submission.content() != null && submission.content().length() > MAX_CONTENT) {
            throw InvalidInput.field("content", "petition.content.too-long", MAX_CONTENT);
        }
        NewPetition petition = new NewPetition(unit.id(), Channel.PORTAL, submission.kind(), LocalDate.now(clock),
                submission.subject(), submission.content(), false, false, submission.kind() == PetitionKind.DENUNCIATION,
                List.of(new PetitionerDetails(submission.fullName(), submission.idNumber(), submission.address(),
                        submission.phone())));
        return desk.receive(petition, unit, "portal", null).code();
    }

    private void admit(String clientAddress) {
        long now = clock.millis();
        if (recent.size() > 50_000) {
            recent.entrySet().removeIf(e -> e.getValue().isEmpty() || e.getValue().peekLast() < now - WINDOW_MILLIS);
        }
        Deque<Long> times = recent.computeIfAbsent(clientAddress, k -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && times.peekFirst() < now - WINDOW_MILLIS) {
                times.pollFirst();
            }
            if (times.size() >= perHour) {
                throw new TooManyRequests("petition.portal.too-many", perHour);
            }
            times.addLast(now);
        }
    }

    /** The status of the petition with this tracking code; nothing personal. */
    @Transactional(readOnly = true)
    public PublicStatus track(String code) {
        String wanted = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!wanted.matches("DV-[A-Z0-9]{5}-[A-Z0-9]{5}")) {
            throw new PetitionNotFound();
        }
        return jdbc.sql("select p.id, p.code, p.unit_id, p.kind, p.status, p.received_on, p.due_on, p.closed_on, p.is_open "
                        + "from petition_case p where p.code = ?").param(wanted)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    String kind = rs.getString("kind");
                    List<PublicStatus.Step> steps = jdbc.sql("select action, on_date from petition_history where petition_id = ? "
                            + "and action <> 'flagged' order by seq").param(id)
                            .query((h, m) -> new PublicStatus.Step(h.getString("action"), h.getObject("on_date", LocalDate.class)))
                            .list();
                    return new PublicStatus(rs.getString("code"),
                            org.find(rs.getObject("unit_id", UUID.class)).map(UnitSummary::name).orElse(""),
                            kind == null ? null : PetitionKind.valueOf(kind), PetitionStatus.valueOf(rs.getString("status")),
                            rs.getObject("received_on", LocalDate.class),
                            rs.getBoolean("is_open") ? rs.getObject("due_on", LocalDate.class) : null,
                            rs.getObject("closed_on", LocalDate.class), steps);
                }).optional().orElseThrow(PetitionNotFound::new);
    }
}
