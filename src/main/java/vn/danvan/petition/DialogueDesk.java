package vn.danvan.petition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.PageOf;
import vn.danvan.shared.Paging;
import vn.danvan.shared.Role;
import vn.danvan.shared.Scope;

/**
 * Direct dialogues with citizens: planning and holding them, recording questions, answers and commitments, following
 * each commitment until it is kept with evidence and confirmed, the list of overdue commitments, and the published
 * minutes anyone may read.
 */
@Service
@Transactional
public class DialogueDesk {

    private final Dialogues dialogues;
    private final OrgStructure org;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DialogueDesk(Dialogues dialogues, OrgStructure org, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.dialogues = dialogues;
        this.org = org;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    /** Plans a dialogue of a unit on a day; reception officers and leaders of the unit only. */
    public UUID plan(Actor actor, UUID unitId, String subject, String place, LocalDate plannedOn) {
        if (unitId == null) {
            throw InvalidInput.field("unitId", "dialogue.unit-required");
        }
        UnitSummary unit = org.visible(actor, unitId);
        actor.require(unit.path(), Role.RECEPTION_OFFICER, Role.LEADER);
        Dialogue dialogue = Dialogue.plan(unit.id(), subject, place, plannedOn, clock.instant());
        save(dialogue, "planned", actor, List.of("dialogue"));
        return dialogue.id();
    }

    public void hold(Actor actor, UUID id, LocalDate heldOn, String chair, String participants, String minutes) {
        Dialogue dialogue = editable(actor, id);
        dialogue.hold(heldOn, chair, participants, minutes, today());
        save(dialogue, "held", actor, List.of("heldOn", "chair", "participants", "minutes"));
    }

    public void raise(Actor actor, UUID id, String askedBy, String question, String answer) {
        Dialogue dialogue = editable(actor, id);
        dialogue.raise(askedBy, question, answer);
        save(dialogue, "question-recorded", actor, List.of("questions"));
    }

    /** Records a commitment made at the dialogue; returns its number. */
    public int commit(Actor actor, UUID id, String content, UUID ownerUnitId, LocalDate dueOn) {
        Dialogue dialogue = editable(actor, id);
        UUID owner = ownerUnitId == null ? null : org.find(ownerUnitId).map(UnitSummary::id)
                .orElseThrow(() -> InvalidInput.field("ownerUnitId", "dialogue.commitment.owner-required"));
        int number = dialogue.commit(content, owner, dueOn);
        save(dialogue, "commitment-made", actor, List.of("commitments"));
        return number;
    }

    /** Closes a commitment as kept, with the evidence; the dialogue's unit or the owner unit may do it. */
    public void fulfil(Actor actor, UUID id, int number, String evidence, LocalDate doneOn) {
        Dialogue dialogue = load(actor, id);
        requireOwnerOrUnit(actor, dialogue, dialogue.commitment(number));
        dialogue.fulfil(number, evidence, doneOn, today());
        save(dialogue, "commitment-fulfilled", actor, List.of("commitments"));
    }

    /** Records the citizens' confirmation (or dispute) that a kept commitment was really kept. */
    public void confirm(Actor actor, UUID id, int number, boolean confirmed, String note) {
        Dialogue dialogue = editable(actor, id);
        dialogue.confirm(number, confirmed, note);
        save(dialogue, "commitment-confirmed", actor, List.of("commitments"));
    }

    public void publish(Actor actor, UUID id) {
        Dialogue dialogue = editable(actor, id);
        dialogue.publish(today());
        save(dialogue, "published", actor, List.of("publishedOn"));
    }

    @Transactional(readOnly = true)
    public DialogueView view(Actor actor, UUID id) {
        Dialogue dialogue = load(actor, id);
        LocalDate today = today();
        String path = unitPath(dialogue.unitId());
        List<Commitment> made = dialogue.commitments();
        List<DialogueView.CommitmentView> commitments = new java.util.ArrayList<>();
        for (int i = 0; i < made.size(); i++) {
            Commitment c = made.get(i);
            commitments.add(new DialogueView.CommitmentView(i + 1, c.content(), c.ownerUnitId(), unitName(c.ownerUnitId()),
                    c.dueOn(), c.status().name(), c.evidence(), c.doneOn(), c.confirmation().name(), c.confirmationNote(),
                    c.isOverdue(today)));
        }
        return new DialogueView(dialogue.id(), dialogue.unitId(), unitName(dialogue.unitId()), dialogue.subject(),
                dialogue.place(), dialogue.plannedOn(), dialogue.heldOn(), dialogue.status().name(), dialogue.chair(),
                dialogue.participants(), dialogue.minutes(), dialogue.publishedOn(), dialogue.questions(), commitments,
                actor.may(path, Role.RECEPTION_OFFICER, Role.LEADER));
    }

    /** The dialogues of the reader's units, latest first. */
    @Transactional(readOnly = true)
    public PageOf<DialogueSummary> list(Actor actor, Paging paging) {
        Scope.SqlCondition inScope = actor.scope().onUnit("d.unit_id");
        long total = jdbc.sql("select count(*) from dialogue d where " + inScope.sql()).params(inScope.params())
                .query(Long.class).single();
        List<DialogueSummary> items = jdbc.sql("""
                select d.id, d.unit_id, d.subject, d.planned_on, d.held_on, d.status, d.published_on,
                  (select count(*) from dialogue_commitment c where c.dialogue_id = d.id and c.status = 'OPEN') as open_count,
                  (select count(*) from dialogue_commitment c where c.dialogue_id = d.id and c.status = 'OPEN'
                     and c.due_on < :today) as overdue_count
                from dialogue d where """ + " " + inScope.sql() + " order by d.planned_on desc, d.id limit :limit offset :offset")
                .params(inScope.params()).param("today", today()).param("limit", paging.size())
                .param("offset", paging.offset())
                .query((rs, n) -> new DialogueSummary(rs.getObject("id", UUID.class),
                        unitName(rs.getObject("unit_id", UUID.class)), rs.getString("subject"),
                        rs.getObject("planned_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
                        rs.getString("status"), rs.getInt("open_count"), rs.getInt("overdue_count"),
                        rs.getObject("published_on", LocalDate.class) != null))
                .list();
        return new PageOf<>(items, paging.page(), paging.size(), total);
    }

    /** The commitments past their due day and not kept, of dialogues of the reader's units or owned by them. */
    @Transactional(readOnly = true)
    public List<OverdueCommitment> overdue(Actor actor) {
        Scope.SqlCondition byDialogue = actor.scope().onUnit("d.unit_id");
        Scope.SqlCondition byOwner = actor.scope().onUnit("c.owner_unit_id");
        LocalDate today = today();
        return jdbc.sql("""
                select d.id, d.subject, d.held_on, c.seq, c.content, c.owner_unit_id, c.due_on
                from dialogue_commitment c join dialogue d on d.id = c.dialogue_id
                where c.status = 'OPEN' and c.due_on < :today and (""" + byDialogue.sql() + " or "
                        + byOwner.sql() + ") order by c.due_on, d.id, c.seq limit 500")
                .params(byDialogue.params()).param("today", today)
                .query((rs, n) -> {
                    LocalDate due = rs.getObject("due_on", LocalDate.class);
                    return new OverdueCommitment(rs.getObject("id", UUID.class), rs.getString("subject"),
                            rs.getObject("held_on", LocalDate.class), rs.getInt("seq") + 1, rs.getString("content"),
                            unitName(rs.getObject("owner_unit_id", UUID.class)), due, ChronoUnit.DAYS.between(due, today));
                }).list();
    }

    /** The published minutes, latest first, for the public page. */
    @Transactional(readOnly = true)
    public List<DialogueSummary> published() {
        return jdbc.sql("select id, unit_id, subject, planned_on, held_on, status from dialogue "
                        + "where published_on is not null order by held_on desc limit 100")
                .query((rs, n) -> new DialogueSummary(rs.getObject("id", UUID.class),
                        unitName(rs.getObject("unit_id", UUID.class)), rs.getString("subject"),
                        rs.getObject("planned_on", LocalDate.class), rs.getObject("held_on", LocalDate.class),
                        rs.getString("status"), 0, 0, true))
                .list();
    }

    /** The published minutes of one dialogue, without the names of those who asked. */
    @Transactional(readOnly = true)
    public PublicMinutes minutes(UUID id) {
        Dialogue dialogue = id == null ? null : dialogues.findById(id).filter(d -> d.publishedOn() != null).orElse(null);
        if (dialogue == null) {
            throw new DialogueNotFound();
        }
        return new PublicMinutes(dialogue.id(), unitName(dialogue.unitId()), dialogue.subject(), dialogue.place(),
                dialogue.heldOn(), dialogue.chair(), dialogue.minutes(),
                dialogue.questions().stream().map(q -> new PublicMinutes.Answer(q.question(), q.answer())).toList(),
                dialogue.commitments().stream().map(c -> new PublicMinutes.Promise(c.content(), unitName(c.ownerUnitId()),
                        c.dueOn(), c.status().name(), c.confirmation().name())).toList());
    }

    private Dialogue load(Actor actor, UUID id) {
        Dialogue dialogue = id == null ? null : dialogues.findById(id).orElse(null);
        if (dialogue == null) {
            throw new DialogueNotFound();
        }
        boolean owns = dialogue.commitments().stream().anyMatch(c -> actor.sees(unitPath(c.ownerUnitId())));
        if (!actor.sees(unitPath(dialogue.unitId())) && !owns) {
            throw new DialogueNotFound();
        }
        return dialogue;
    }

    private Dialogue editable(Actor actor, UUID id) {
        Dialogue dialogue = load(actor, id);
        actor.require(unitPath(dialogue.unitId()), Role.RECEPTION_OFFICER, Role.LEADER);
        return dialogue;
    }

    private void requireOwnerOrUnit(Actor actor, Dialogue dialogue, Commitment commitment) {
        if (!actor.may(unitPath(commitment.ownerUnitId()), Role.RECEPTION_OFFICER, Role.LEADER, Role.SPECIALIST)) {
            actor.require(unitPath(dialogue.unitId()), Role.RECEPTION_OFFICER, Role.LEADER);
        }
    }

    private void save(Dialogue dialogue, String action, Actor actor, List<String> fields) {
        dialogues.save(dialogue);
        events.publishEvent(new DialogueChanged(dialogue.id(), dialogue.unitId(), "dialogue-" + action, fields,
                actor.username(), clock.instant()));
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
