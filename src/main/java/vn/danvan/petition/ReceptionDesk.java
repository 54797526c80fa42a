package vn.danvan.petition;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.Conflict;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.NotFound;
import vn.danvan.shared.Role;
import vn.danvan.shared.RuleViolated;
import vn.danvan.shared.Scope;
import vn.danvan.shared.VietnameseText;
import vn.danvan.shared.calendar.WorkingCalendar;

/**
 * Periodic citizen reception by leaders: each month's schedule at the frequency the law sets for the leader's office
 * (kept as data, versioned by date), the log of the citizens who came and what they raised — which can be registered
 * as petitions — and the compliance of each leader with the frequency.
 */
@Service
@Transactional
public class ReceptionDesk {

    private final ReceptionSessions sessions;
    private final PetitionDesk petitions;
    private final PersonalDataCipher cipher;
    private final WorkingCalendar calendar;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private volatile List<ReceptionFrequency> frequencies;

    ReceptionDesk(ReceptionSessions sessions, PetitionDesk petitions, PersonalDataCipher cipher, WorkingCalendar calendar,
            OrgStructure org, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.sessions = sessions;
        this.petitions = petitions;
        this.cipher = cipher;
        this.calendar = calendar;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** The frequencies as seeded by migration, by office and date. */
    @Transactional(readOnly = true)
    public List<ReceptionFrequency> frequencies() {
        List<ReceptionFrequency> loaded = frequencies;
        if (loaded == null) {
            loaded = jdbc.sql("select * from reception_frequency order by office, effective_from")
                    .query((rs, n) -> new ReceptionFrequency(rs.getString("office"),
                            rs.getObject("effective_from", LocalDate.class), rs.getInt("days"),
                            ReceptionFrequency.Per.valueOf(rs.getString("per")), rs.getString("law"),
                            rs.getString("source"), rs.getBoolean("verified"))).list();
            frequencies = loaded;
        }
        return loaded;
    }

    /** The distinct offices that have a frequency. */
    public List<String> offices() {
        return frequencies().stream().map(ReceptionFrequency::office).distinct().toList();
    }

    /** The frequency of an office in force on a day. */
    public ReceptionFrequency inForce(String office, LocalDate on) {
        return frequencies().stream().filter(f -> f.office().equals(office) && !f.effectiveFrom().isAfter(on))
                .max(Comparator.comparing(ReceptionFrequency::effectiveFrom))
                .orElseThrow(() -> InvalidInput.field("office", "reception.office.unknown"));
    }

    /** The working days a leader must receive citizens in a month under the frequency in force on its first day. */
    public List<LocalDate> requiredDays(String office, YearMonth month) {
        ReceptionFrequency frequency = inForce(office, month.atDay(1));
        List<LocalDate> working = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                working.add(day);
            }
        }
        List<LocalDate> chosen = new ArrayList<>();
        if (frequency.per() == ReceptionFrequency.Per.MONTH) {
            int n = Math.min(frequency.days(), working.size());
            for (int i = 0; i < n; i++) {
                chosen.add(working.get(i * working.size() / n));
            }
        } else {
            Map<LocalDate, List<LocalDate>> weeks = new LinkedHashMap<>();
            for (LocalDate day : working) {
                weeks.computeIfAbsent(day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), w -> new ArrayList<>())
                        .add(day);
            }
            weeks.values().forEach(days -> chosen.addAll(days.subList(0, Math.min(frequency.days(), days.size()))));
        }
        return chosen;
    }

    /** Schedules a leader's sessions for a month at the legal frequency; refused if the month is already scheduled. */
    public List<UUID> schedule(Actor actor, UUID unitId, String leaderName, String office, YearMonth month, String place) {
        UnitSummary unit = unit(actor, unitId);
        String leader = leader(leaderName);
        if (month == null) {
            throw InvalidInput.field("month", "reception.month.required");
        }
        long existing = jdbc.sql("select count(*) from reception_session where unit_id = ? and leader_name = ? "
                        + "and planned_on between ? and ?").params(unit.id(), leader, month.atDay(1), month.atEndOfMonth())
                .query(Long.class).single();
        if (existing > 0) {
            throw new Conflict("reception.month.already-scheduled");
        }
        List<UUID> ids = new ArrayList<>();
        for (LocalDate day : requiredDays(office, month)) {
            ReceptionSession session = ReceptionSession.plan(unit.id(), leader, office, day, place, clock.instant());
            save(session, "planned", actor);
            ids.add(session.id());
        }
        return ids;
    }

    /** Records that a session was held or missed, with a note (such as the reason it was missed). */
    public void close(Actor actor, UUID id, boolean held, String note) {
        ReceptionSession session = editable(actor, id);
        session.close(held, note, today());
        save(session, held ? "held" : "missed", actor);
    }

    /** Logs a citizen received at a session and what was raised; returns the visit's number. */
    public int receive(Actor actor, UUID id, String fullName, String idNumber, String address, String raised) {
        ReceptionSession session = editable(actor, id);
        String name = VietnameseText.clean(fullName);
        if (name == null || name.isEmpty() || name.length() > 255) {
            throw InvalidInput.field("fullName", "petition.petitioner.name-required");
        }
        String number = PersonalDataCipher.normaliseIdNumber(idNumber);
        if (number != null && !number.matches("[0-9A-Z]{8,16}")) {
            throw InvalidInput.field("idNumber", "petition.petitioner.id-invalid");
        }
        String place = Dialogue.limited("address", address, 500);
        String identity = String.join(PetitionDesk.SEPARATOR, name, number == null ? "" : number,
                place == null ? "" : place, "");
        int visit = session.receive(cipher.encrypt(identity), raised, today());
        save(session, "visit-logged", actor);
        return visit;
    }

    /** Registers what a citizen raised at a session as a petition received in person on the session's day. */
    public PetitionDesk.Registered registerPetition(Actor actor, UUID id, int visitNumber, PetitionKind kind,
            String subject) {
        ReceptionSession session = editable(actor, id);
        ReceptionVisit visit = session.visit(visitNumber);
        if (visit.petitionId() != null) {
            throw new RuleViolated("reception.visit.already-registered");
        }
        PersonView person = petitions.revealed(new Petitioner(null, null, visit.identityEnc(), null));
        PetitionDesk.Registered registered = petitions.register(actor, new NewPetition(session.unitId(), Channel.IN_PERSON,
                kind, session.plannedOn(), subject, visit.raised(), false, false, kind == PetitionKind.DENUNCIATION,
                List.of(new PetitionerDetails(person.fullName(), person.idNumber(), person.address(), null))));
        session.becamePetition(visitNumber, registered.id());
        save(session, "visit-registered", actor);
        return registered;
    }

    @Transactional(readOnly = true)
    public ReceptionSessionView view(Actor actor, UUID id) {
        ReceptionSession session = load(actor, id);
        boolean mayEdit = actor.may(unitPath(session.unitId()), Role.RECEPTION_OFFICER, Role.LEADER);
        List<ReceptionSessionView.Visit> visits = new ArrayList<>();
        List<ReceptionVisit> logged = session.visits();
        for (int i = 0; i < logged.size(); i++) {
            ReceptionVisit visit = logged.get(i);
            String citizen = mayEdit ? petitions.revealed(new Petitioner(null, null, visit.identityEnc(), null)).fullName()
                    : null;
            visits.add(new ReceptionSessionView.Visit(i + 1, citizen, visit.raised(), visit.petitionId()));
        }
        return new ReceptionSessionView(session.id(), session.unitId(), unitName(session.unitId()), session.leaderName(),
                session.office(), session.plannedOn(), session.place(), session.status().name(), session.note(),
                visits.size(), visits, mayEdit);
    }

    /** The sessions of the reader's units in a month, by day. */
    @Transactional(readOnly = true)
    public List<ReceptionSessionView> month(Actor actor, YearMonth month) {
        Scope.SqlCondition inScope = actor.scope().onUnit("s.unit_id");
        return jdbc.sql("select s.*, (select count(*) from reception_visit v where v.session_id = s.id) as visit_count "
                        + "from reception_session s where s.planned_on between :from and :to and " + inScope.sql()
                        + " order by s.planned_on, s.leader_name")
                .params(inScope.params()).param("from", month.atDay(1)).param("to", month.atEndOfMonth())
                .query((rs, n) -> new ReceptionSessionView(rs.getObject("id", UUID.class),
                        rs.getObject("unit_id", UUID.class), unitName(rs.getObject("unit_id", UUID.class)),
                        rs.getString("leader_name"), rs.getString("office"), rs.getObject("planned_on", LocalDate.class),
                        rs.getString("place"), rs.getString("status"), rs.getString("note"), rs.getInt("visit_count"),
                        List.of(), false))
                .list();
    }

    /**
     * Each scheduled leader's months from {@code from} to {@code to} against the frequency in force: days required,
     * held, and missed (marked missed, or planned and past without being held).
     */
    @Transactional(readOnly = true)
    public List<ReceptionCompliance> compliance(Actor actor, YearMonth from, YearMonth to) {
        if (from == null || to == null || to.isBefore(from) || from.plusYears(2).isBefore(to)) {
            throw InvalidInput.field("to", "reception.compliance.period-invalid");
        }
        Scope.SqlCondition inScope = actor.scope().onUnit("s.unit_id");
        LocalDate today = today();
        record Row(UUID unitId, String leader, String office, LocalDate day, String status) {
        }
        List<Row> rows = jdbc.sql("select s.unit_id, s.leader_name, s.office, s.planned_on, s.status "
                        + "from reception_session s where s.planned_on between :from and :to and " + inScope.sql())
                .params(inScope.params()).param("from", from.atDay(1)).param("to", to.atEndOfMonth())
                .query((rs, n) -> new Row(rs.getObject("unit_id", UUID.class), rs.getString("leader_name"),
                        rs.getString("office"), rs.getObject("planned_on", LocalDate.class), rs.getString("status")))
                .list();
        Map<String, List<Row>> byLeader = new LinkedHashMap<>();
        rows.forEach(r -> byLeader.computeIfAbsent(r.unitId() + "|" + r.leader() + "|" + r.office(),
                k -> new ArrayList<>()).add(r));
        List<ReceptionCompliance> result = new ArrayList<>();
        for (List<Row> leaderRows : byLeader.values()) {
            Row first = leaderRows.get(0);
            for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                if (month.atDay(1).isAfter(today)) {
                    break;
                }
                YearMonth m = month;
                List<Row> inMonth = leaderRows.stream().filter(r -> YearMonth.from(r.day()).equals(m)).toList();
                int held = (int) inMonth.stream().filter(r -> r.status().equals("HELD")).count();
                int missed = (int) inMonth.stream().filter(r -> r.status().equals("MISSED")
                        || (r.status().equals("PLANNED") && r.day().isBefore(today))).count();
                int required = requiredDays(first.office(), month).size();
                result.add(new ReceptionCompliance(first.unitId(), unitName(first.unitId()), first.leader(),
                        first.office(), month, required, held, missed));
            }
        }
        result.sort(Comparator.comparing(ReceptionCompliance::isMet).thenComparing(ReceptionCompliance::unitName)
                .thenComparing(ReceptionCompliance::leaderName, VietnameseText.order())
                .thenComparing(ReceptionCompliance::month));
        return result;
    }

    private ReceptionSession load(Actor actor, UUID id) {
        ReceptionSession session = id == null ? null : sessions.findById(id).orElse(null);
        if (session == null || !actor.sees(unitPath(session.unitId()))) {
            throw new NotFound("reception.not-found");
        }
        return session;
    }

    private ReceptionSession editable(Actor actor, UUID id) {
        ReceptionSession session = load(actor, id);
        actor.require(unitPath(session.unitId()), Role.RECEPTION_OFFICER, Role.LEADER);
        return session;
    }

    private UnitSummary unit(Actor actor, UUID unitId) {
        if (unitId == null) {
            throw InvalidInput.field("unitId", "dialogue.unit-required");
        }
        UnitSummary unit = org.visible(actor, unitId);
        actor.require(unit.path(), Role.RECEPTION_OFFICER, Role.LEADER);
        return unit;
    }

    private static String leader(String name) {
        String clean = VietnameseText.clean(name);
        if (clean == null || clean.isEmpty() || clean.length() > 255) {
            throw InvalidInput.field("leaderName", "reception.leader.required");
        }
        return clean;
    }

    private void save(ReceptionSession session, String action, Actor actor) {
        sessions.save(session);
        events.publishEvent(new ReceptionChanged(session.id(), session.unitId(), "reception-" + action,
                List.of("session"), actor.username(), clock.instant()));
    }

    private String unitPath(UUID unitId) {
        return org.find(unitId).map(UnitSummary::path).orElse(null);
    }

    private String unitName(UUID unitId) {
        return org.find(unitId).map(UnitSummary::name).orElse("");
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
