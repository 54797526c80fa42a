package vn.danvan.petition;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.identity.AccountAdministration;
import vn.danvan.identity.AccountView;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.AccessDenied;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.VietnameseText;
import vn.danvan.shared.calendar.WorkingCalendar;

/**
 * The petition module's front door for changes: registering petitions from every channel, classifying, accepting,
 * forwarding, guiding or filing them, assigning handlers, extending and concluding — each a recorded decision with
 * its deadline — and revealing a protected identity to those entitled, which is audited.
 */
@Service
@Transactional
public class PetitionDesk {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    static final String SEPARATOR = "\u001F";

    private final Petitions petitions;
    private final DeadlineRules rules;
    private final WorkingCalendar calendar;
    private final PersonalDataCipher cipher;
    private final OrgStructure org;
    private final AccountAdministration accounts;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    PetitionDesk(Petitions petitions, DeadlineRules rules, WorkingCalendar calendar, PersonalDataCipher cipher,
            OrgStructure org, AccountAdministration accounts, JdbcClient jdbc, ApplicationEventPublisher events,
            Clock clock) {
        this.petitions = petitions;
        this.rules = rules;
        this.calendar = calendar;
        this.cipher = cipher;
        this.org = org;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Registers a petition received by a unit; reception officers of the unit only. Returns its id. */
    public Registered register(Actor actor, NewPetition request) {
        UnitSummary unit = org.visible(actor, request.unitId());
        actor.require(unit.path(), Role.RECEPTION_OFFICER);
        return receive(request, unit, actor.username(), null);
    }

    /** The id and tracking code of a registered petition. */
    public record Registered(UUID id, String code) {
    }

    Registered receive(NewPetition request, UnitSummary unit, String actorName, UUID forwardedFrom) {
        Petition petition = Petition.receive(newCode(), unit.id(), request.channel(), request.kind(), request.receivedOn(),
                today(), request.subject(), request.content(), request.remote(), request.secondTime(),
                request.confidential(), petitioners(request.petitioners(),
                        request.confidential() || request.kind() == PetitionKind.DENUNCIATION),
                forwardedFrom, rules, calendar, now(), actorName);
        if (hasEarlierFromSamePetitioner(petition)) {
            petition.markRepeated();
        }
        petitions.save(petition);
        changed(petition, "received", actorName, List.of("petition", "petitioners"));
        return new Registered(petition.id(), petition.code());
    }

    private List<Petitioner> petitioners(List<PetitionerDetails> people, boolean confidential) {
        List<InvalidInput.FieldProblem> problems = new ArrayList<>();
        List<Petitioner> result = new ArrayList<>();
        for (int i = 0; i < people.size(); i++) {
            PetitionerDetails person = people.get(i);
            String name = person == null ? null : VietnameseText.clean(person.fullName());
            if (name == null || name.isEmpty() || name.length() > 255) {
                problems.add(new InvalidInput.FieldProblem("petitioners[" + i + "].fullName", "petition.petitioner.name-required"));
                continue;
            }
            String idNumber = PersonalDataCipher.normaliseIdNumber(person.idNumber());
            if (idNumber != null && !idNumber.matches("[0-9A-Z]{8,16}")) {
                problems.add(new InvalidInput.FieldProblem("petitioners[" + i + "].idNumber", "petition.petitioner.id-invalid"));
                continue;
            }
            String address = VietnameseText.clean(person.address());
            String phone = VietnameseText.clean(person.phone());
            if ((address != null && address.length() > 500) || (phone != null && phone.length() > 30)) {
                problems.add(new InvalidInput.FieldProblem("petitioners[" + i + "].address", "petition.petitioner.too-long"));
                continue;
            }
            String identity = String.join(SEPARATOR, name, idNumber == null ? "" : idNumber,
                    address == null ? "" : address, phone == null ? "" : phone);
            result.add(new Petitioner(confidential ? null : name, confidential ? null : address, cipher.encrypt(identity),
                    cipher.hashIdNumber(idNumber)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (result.size() > 500) {
            throw InvalidInput.field("petitioners", "petition.petitioner.too-many", 500);
        }
        return result;
    }

    private boolean hasEarlierFromSamePetitioner(Petition petition) {
        List<String> hashes = petition.petitioners().stream().map(Petitioner::idHash).filter(h -> h != null).toList();
        if (hashes.isEmpty()) {
            return false;
        }
        return jdbc.sql("""
                select count(*) from petition_person pp join petition_case p on p.id = pp.petition_id
                where pp.id_hash in (:hashes) and p.received_on >= :since""")
                .param("hashes", hashes).param("since", petition.receivedOn().minusMonths(12))
                .query(Long.class).single() > 0;
    }

    public void classify(Actor actor, UUID id, PetitionKind kind, boolean secondTime, boolean remote) {
        Petition petition = load(actor, id);
        requireIntake(actor, petition);
        petition.classify(kind, secondTime, remote, rules, calendar, now(), actor.username(), today());
        save(petition, "classified", actor, List.of("kind", "secondTime", "remote", "dueOn"));
    }

    /** Accepts a petition for resolution (thụ lý) on a day, with the acceptance document's number. */
    public void accept(Actor actor, UUID id, LocalDate acceptedOn, String documentNumber) {
        Petition petition = load(actor, id);
        requireIntake(actor, petition);
        petition.accept(acceptedOn, documentNumber, today(), rules, calendar, now(), actor.username());
        save(petition, "accepted", actor, List.of("status", "dueOn"));
    }

    /** Forwards a petition with a slip to the competent unit, where it arrives as a new petition on the same day. */
    public Registered forward(Actor actor, UUID id, UUID targetUnitId, String slipNumber, LocalDate forwardedOn) {
        Petition petition = load(actor, id);
        requireIntake(actor, petition);
        UnitSummary target = targetUnitId == null ? null : org.find(targetUnitId)
                .orElseThrow(() -> InvalidInput.field("targetUnitId", "petition.forward.target-required"));
        petition.forward(target == null ? null : target.id(), slipNumber, forwardedOn, today(), now(), actor.username());
        save(petition, "forwarded", actor, List.of("status", "forwardedTo"));
        Petition copy = Petition.receive(newCode(), target.id(), Channel.FORWARDED, petition.kind(), forwardedOn, today(),
                petition.subject(), petition.content(), petition.isRemote(), petition.isSecondTime(),
                petition.isConfidential(), petition.petitioners(), petition.id(), rules, calendar, now(),
                actor.username());
        if (petition.isRepeated()) {
            copy.markRepeated();
        }
        petitions.save(copy);
        changed(copy, "received", actor.username(), List.of("petition", "petitioners"));
        return new Registered(copy.id(), copy.code());
    }

    /** Answers with guidance to the competent body ({@code guide}) or files the petition, with the reason. */
    public void settle(Actor actor, UUID id, PetitionStatus how, String note, LocalDate on) {
        if (how != PetitionStatus.GUIDED && how != PetitionStatus.FILED) {
            throw InvalidInput.field("how", "petition.settle.invalid");
        }
        Petition petition = load(actor, id);
        requireIntake(actor, petition);
        petition.settleWithoutAcceptance(how, note, on, today(), now(), actor.username());
        save(petition, how == PetitionStatus.GUIDED ? "guided" : "filed", actor, List.of("status"));
    }

    /** Assigns an accepted petition to a handler, by account name. */
    public void assign(Actor actor, UUID id, String username) {
        Petition petition = load(actor, id);
        requireLeadOrIntake(actor, petition);
        String wanted = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
        AccountView handler = wanted.isEmpty() ? null : accounts.list(Actor.system(), wanted, Paging.of(0, 50)).items()
                .stream().filter(a -> a.username().equalsIgnoreCase(wanted)).findFirst().orElse(null);
        if (handler == null) {
            throw InvalidInput.field("username", "petition.assign.unknown-account");
        }
        petition.assignTo(handler.username(), handler.displayName(), today(), now(), actor.username());
        save(petition, "assigned", actor, List.of("handler"));
    }

    public void recordVerification(Actor actor, UUID id, String note, LocalDate on) {
        Petition petition = load(actor, id);
        requireHandler(actor, petition);
        petition.recordVerification(note, on, today(), now(), actor.username());
        save(petition, "verified", actor, List.of("history"));
    }

    /** Extends the resolution period by a written decision, with its reason. */
    public void extend(Actor actor, UUID id, int days, Complexity level, String reason, String decisionNumber,
            LocalDate decisionDate) {
        Petition petition = load(actor, id);
        requireHandler(actor, petition);
        petition.extend(days, level, reason, decisionNumber, decisionDate, today(), rules, calendar, now(),
                actor.username());
        save(petition, "extended", actor, List.of("dueOn", "complexity", "extensions"));
    }

    public void conclude(Actor actor, UUID id, Outcome outcome, String decisionNumber, LocalDate decisionDate,
            String summary) {
        Petition petition = load(actor, id);
        requireHandler(actor, petition);
        petition.conclude(outcome, decisionNumber, decisionDate, summary, today(), now(), actor.username());
        save(petition, "concluded", actor, List.of("status", "outcome", "decision"));
    }

    public void followUp(Actor actor, UUID id, String note) {
        Petition petition = load(actor, id);
        requireHandler(actor, petition);
        petition.followUp(note, today(), now(), actor.username());
        save(petition, "followed-up", actor, List.of("history"));
    }

    /** Flags a petition as repeated and/or "phức tạp, đông người, kéo dài". */
    public void flag(Actor actor, UUID id, boolean repeated, boolean complexMass) {
        Petition petition = load(actor, id);
        requireLeadOrIntake(actor, petition);
        petition.flag(repeated, complexMass, today(), now(), actor.username());
        save(petition, "flagged", actor, List.of("repeated", "complexMass"));
    }

    /**
     * The petitioners in clear, for the assigned handler and the leaders of the unit only; every reveal is audited
     * (Luật Tố cáo 2018 Điều 47–48 for a denouncer's identity).
     */
    public List<PersonView> reveal(Actor actor, UUID id) {
        Petition petition = load(actor, id);
        if (!mayReveal(actor, petition, unitPath(petition))) {
            throw new AccessDenied();
        }
        changed(petition, "identity-revealed", actor.username(), List.of("petitioners"));
        return petition.petitioners().stream().map(this::revealed).toList();
    }

    PersonView revealed(Petitioner person) {
        String[] parts = cipher.decrypt(person.identityEnc()).split(SEPARATOR, -1);
        return new PersonView(parts[0], blankToNull(parts[1]), blankToNull(parts[2]), blankToNull(parts[3]), false);
    }

    static boolean mayReveal(Actor actor, Petition petition, String unitPath) {
        if (petition.handlerUsername() != null && petition.handlerUsername().equalsIgnoreCase(actor.username())) {
            return true;
        }
        return actor.grants().stream().anyMatch(g -> g.role() == Role.LEADER && g.covers(unitPath));
    }

    Petition load(Actor actor, UUID id) {
        Petition petition = id == null ? null : petitions.findById(id).orElse(null);
        if (petition == null || !actor.sees(unitPath(petition))) {
            throw new PetitionNotFound();
        }
        return petition;
    }

    String unitPath(Petition petition) {
        return org.find(petition.unitId()).map(UnitSummary::path).orElse(null);
    }

    private void requireIntake(Actor actor, Petition petition) {
        actor.require(unitPath(petition), Role.RECEPTION_OFFICER, Role.LEADER);
    }

    private void requireLeadOrIntake(Actor actor, Petition petition) {
        actor.require(unitPath(petition), Role.RECEPTION_OFFICER, Role.LEADER);
    }

    private void requireHandler(Actor actor, Petition petition) {
        boolean handler = petition.handlerUsername() != null && petition.handlerUsername().equalsIgnoreCase(actor.username());
        if (!handler) {
            actor.require(unitPath(petition), Role.LEADER);
        }
    }

    private void save(Petition petition, String action, Actor actor, List<String> fields) {
        petitions.save(petition);
        changed(petition, action, actor.username(), fields);
    }

    private void changed(Petition petition, String action, String actor, List<String> fields) {
        events.publishEvent(new PetitionChanged(petition.id(), petition.unitId(), "petition-" + action, fields, actor, now()));
    }

    String newCode() {
        char[] code = new char[10];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[random.nextInt(CODE_ALPHABET.length)];
        }
        return "DV-" + new String(code, 0, 5) + "-" + new String(code, 5, 5);
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Instant now() {
        return clock.instant();
    }
}
