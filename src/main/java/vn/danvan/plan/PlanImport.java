package vn.danvan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.danvan.document.DocumentDraft;
import vn.danvan.document.DocumentFields;
import vn.danvan.document.DocumentRegistry;
import vn.danvan.document.DocumentView;
import vn.danvan.org.OrgStructure;
import vn.danvan.org.UnitSummary;
import vn.danvan.plan.extraction.ExtractedAssignment;
import vn.danvan.plan.extraction.ExtractedAssignment.Role;
import vn.danvan.plan.extraction.ExtractedTarget;
import vn.danvan.plan.extraction.ExtractedTask;
import vn.danvan.plan.extraction.PlanExtraction;
import vn.danvan.plan.extraction.PlanExtractor;
import vn.danvan.plan.extraction.Quantity;
import vn.danvan.plan.extraction.ReportingRule;
import vn.danvan.shared.Actor;
import vn.danvan.shared.InvalidInput;
import vn.danvan.shared.VietnameseText;

/**
 * Importing a plan document: reads a registered or uploaded document into a preview a person reviews beside the
 * source sentences, then makes the draft plan from the items they kept and corrected, all at once or not at all.
 */
@Service
public class PlanImport {

    private static final Pattern YEAR = Pattern.compile("\\b(19[4-9]\\d|20\\d\\d)\\b");
    private static final Pattern YEARS = Pattern.compile("\\b(19[4-9]\\d|20\\d\\d)\\s*[-–]\\s*(19[4-9]\\d|20\\d\\d)\\b");

    private final PlanExtractor extractor = new PlanExtractor();
    private final DocumentRegistry documents;
    private final OrgStructure org;
    private final UnitMatcher matcher;
    private final PlanDesk desk;
    private final Clock clock;

    PlanImport(DocumentRegistry documents, OrgStructure org, UnitMatcher matcher, PlanDesk desk, Clock clock) {
        this.documents = documents;
        this.org = org;
        this.matcher = matcher;
        this.desk = desk;
        this.clock = clock;
    }

    /** Reads an uploaded file for the owning unit; nothing is saved. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Actor actor, UUID owningUnitId, byte[] content, String fileName) {
        UnitSummary owner = owner(actor, owningUnitId);
        if (content == null || content.length == 0) {
            throw InvalidInput.field("file", "plan.import.file-empty");
        }
        DocumentDraft draft = documents.read(content, fileName, false);
        return preview(owner, null, draft.text(), draft.fields());
    }

    /** Reads a registered document for the owning unit; nothing is saved. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Actor actor, UUID owningUnitId, UUID documentId) {
        UnitSummary owner = owner(actor, owningUnitId);
        if (documentId == null) {
            throw InvalidInput.field("documentId", "plan.import.document-required");
        }
        DocumentView document = documents.view(actor, documentId);
        String text = documents.text(actor, documentId);
        if (text == null || text.isBlank()) {
            throw InvalidInput.field("documentId", "plan.import.document-empty");
        }
        return preview(owner, documentId, text, document.fields());
    }

    private ImportPreview preview(UnitSummary owner, UUID documentId, String text, DocumentFields fields) {
        PlanExtraction plan = extractor.extract(text);
        if (plan.tasks().isEmpty() && plan.targets().isEmpty()) {
            throw InvalidInput.field(documentId == null ? "file" : "documentId", "plan.import.not-a-plan");
        }
        String title = title(fields);
        int[] years = years(title, fields.issuedOn());

        UnitMatcher.Matching matching = matcher.from(owner.id());
        Map<String, ImportPreview.UnitItem> units = new LinkedHashMap<>();
        for (ExtractedAssignment assignment : plan.assignments()) {
            units.computeIfAbsent(assignment.unit(), name -> unitItem(matching.match(name), assignment.role()));
        }
        List<ImportPreview.TargetItem> targets = new ArrayList<>();
        for (ExtractedTarget target : plan.targets()) {
            Quantity q = target.quantity();
            targets.add(new ImportPreview.TargetItem(target.text(), target.indicator(), q.written(), q.comparison(), q.value(),
                    q.valueMax(), q.unit(), target.source()));
        }
        List<ImportPreview.TaskItem> tasks = new ArrayList<>();
        for (ExtractedTask task : plan.tasks()) {
            tasks.add(taskItem(task, plan.assignments()));
        }
        List<ImportPreview.ReportingItem> reporting = new ArrayList<>();
        for (ReportingRule rule : plan.reporting()) {
            reporting.add(new ImportPreview.ReportingItem(rule.period().name(),
                    rule.deadline() == null ? null : rule.deadline().toString(), rule.to(), recurrence(rule), rule.text()));
        }
        return new ImportPreview(owner.id(), owner.name(), documentId, title, years[0], years[1], plan.objectives(), targets,
                tasks, List.copyOf(units.values()), reporting);
    }

    private static ImportPreview.UnitItem unitItem(UnitMatcher.Match match, Role role) {
        List<ImportPreview.Candidate> candidates = match.candidates().stream()
                .map(u -> new ImportPreview.Candidate(u.id(), u.name())).toList();
        return new ImportPreview.UnitItem(match.text(), role.name(), match.unit() == null ? null : match.unit().id(),
                match.unit() == null ? null : match.unit().name(), candidates);
    }

    private static ImportPreview.TaskItem taskItem(ExtractedTask task, List<ExtractedAssignment> assignments) {
        String lead = null;
        Set<String> coordinating = new LinkedHashSet<>();
        Set<String> responsible = new LinkedHashSet<>();
        for (ExtractedAssignment a : assignments) {
            if (!task.number().equals(a.task())) {
                continue;
            }
            switch (a.role()) {
                case LEAD -> lead = lead == null ? a.unit() : lead;
                case COORDINATE -> coordinating.add(a.unit());
                case RESPONSIBLE -> responsible.add(a.unit());
            }
        }
        if (lead == null && !responsible.isEmpty()) {
            lead = responsible.iterator().next();
        }
        coordinating.remove(lead);
        String text = task.text().length() > Task.MAX_TEXT ? task.text().substring(0, Task.MAX_TEXT) : task.text();
        return new ImportPreview.TaskItem(task.number(), task.parent(), task.depth(), task.title(), text, lead,
                List.copyOf(coordinating), List.copyOf(responsible));
    }

    /** "Kế hoạch" and the title: "Kế hoạch thực hiện chương trình công tác dân vận năm 2016…". */
    private static String title(DocumentFields fields) {
        String type = VietnameseText.clean(fields.typeName());
        String title = VietnameseText.clean(fields.title());
        if (title == null || title.isEmpty()) {
            return type;
        }
        if (type == null || type.isEmpty() || VietnameseText.fold(title).startsWith(VietnameseText.fold(type))) {
            return title;
        }
        return type + " " + Character.toLowerCase(title.charAt(0)) + title.substring(1);
    }

    /** The years a plan covers: a range in its title ("giai đoạn 2021-2025"), a year in it, else the year it was issued. */
    private int[] years(String title, LocalDate issuedOn) {
        if (title != null) {
            Matcher range = YEARS.matcher(title);
            if (range.find()) {
                return new int[] { Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)) };
            }
            Matcher year = YEAR.matcher(title);
            if (year.find()) {
                int y = Integer.parseInt(year.group(1));
                return new int[] { y, y };
            }
        }
        int y = issuedOn != null ? issuedOn.getYear() : LocalDate.now(clock).getYear();
        return new int[] { y, y };
    }

    /** A reporting rule as a task's recurrence; none for reports on demand. */
    static String recurrence(ReportingRule rule) {
        String day = rule.deadline() == null ? ""
                : "trước %02d/%02d ".formatted(rule.deadline().getDayOfMonth(), rule.deadline().getMonthValue());
        return switch (rule.period()) {
            case MONTHLY -> "hằng tháng";
            case QUARTERLY -> "hằng quý";
            case SIX_MONTHS -> "định kỳ 6 tháng";
            case NINE_MONTHS, ANNUAL -> day + "hằng năm";
            case AD_HOC -> null;
        };
    }

    /**
     * Makes the draft plan from the reviewed items: its targets, its tasks nested as in the document with their units,
     * and a recurring task for each reporting rule. A task whose lead was not mapped is led by the owning unit. Any bad
     * item refuses the whole import, naming the item, and nothing is saved.
     */
    @Transactional
    public UUID confirm(Actor actor, ImportRequest request) {
        if (request == null) {
            throw InvalidInput.field("title", "plan.import.request-required");
        }
        UnitSummary owner = owner(actor, request.owningUnitId());
        if (request.fromYear() == null) {
            throw InvalidInput.field("fromYear", "plan.period.required");
        }
        Period period = Period.years(request.fromYear(), request.toYear() == null ? request.fromYear() : request.toYear());
        String objectives = String.join("\n", request.objectives().stream().filter(o -> o != null && !o.isBlank()).toList());
        Map<String, UUID> units = new HashMap<>();
        for (ImportRequest.Unit unit : request.units()) {
            if (unit != null && unit.text() != null && unit.unitId() != null) {
                units.put(unit.text(), unit.unitId());
            }
        }
        List<PlanDesk.DraftItem<NewTarget>> targets = new ArrayList<>();
        for (int i = 0; i < request.targets().size(); i++) {
            ImportRequest.Target target = request.targets().get(i);
            String place = "targets[" + i + "]";
            PlanDesk.at(place, () -> {
                Quantity q = Target.quantity(target == null ? null : target.quantity());
                targets.add(new PlanDesk.DraftItem<>(place, new NewTarget(target.indicator(), q.comparison(), q.value(),
                        q.valueMax(), q.unit(), null, null, null, target.source()), null));
            });
        }
        List<PlanDesk.DraftItem<NewTask>> tasks = new ArrayList<>();
        Map<String, Integer> numbered = new HashMap<>();
        for (int i = 0; i < request.tasks().size(); i++) {
            ImportRequest.Task task = request.tasks().get(i);
            if (task == null) {
                tasks.add(new PlanDesk.DraftItem<>("tasks[" + i + "]", null, null));
                continue;
            }
            UUID lead = units.getOrDefault(task.lead(), owner.id());
            List<UUID> coordinating = task.coordinating().stream().map(units::get)
                    .filter(id -> id != null && !id.equals(lead)).distinct().toList();
            tasks.add(new PlanDesk.DraftItem<>("tasks[" + i + "]", new NewTask(task.number(), null, task.title(), task.text(),
                    lead, coordinating, null, null, null, null), task.parent() == null ? null : numbered.get(task.parent())));
            if (task.number() != null) {
                numbered.put(task.number(), tasks.size() - 1);
            }
        }
        for (int i = 0; i < request.reporting().size(); i++) {
            ImportRequest.Reporting rule = request.reporting().get(i);
            tasks.add(new PlanDesk.DraftItem<>("reporting[" + i + "]", new NewTask(null, null, rule == null ? null : rule.text(),
                    null, owner.id(), List.of(), null, null, rule == null ? null : rule.recurrence(), null), null));
        }
        return desk.createDraft(actor, owner.id(), period, request.title(), objectives.isEmpty() ? null : objectives, targets,
                tasks);
    }

    private UnitSummary owner(Actor actor, UUID owningUnitId) {
        if (owningUnitId == null) {
            throw InvalidInput.field("owningUnitId", "plan.unit.required");
        }
        UnitSummary unit = org.visible(actor, owningUnitId);
        actor.require(unit.path(), PlanDesk.draftingRoles());
        return unit;
    }
}
