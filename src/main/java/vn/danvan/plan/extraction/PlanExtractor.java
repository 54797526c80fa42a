package vn.danvan.plan.extraction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.danvan.document.parsing.DocumentText;

/**
 * Reads a plan document's text (as {@link DocumentText} gives it for a DOCX, PDF, web page or text file) the way a
 * person does: the section headings ("I. Mục đích, yêu cầu", "II. Nhiệm vụ, giải pháp", "III. Tổ chức thực hiện",
 * whatever their numbering or case) say what the paragraphs under them are; numbered items under tasks, contents and
 * solutions are tasks nested by their markers (I., 1., 1.1, a), -, +). Every pass is linear in the text's length.
 */
public final class PlanExtractor {

    private static final int MAX_TITLE = 250;
    private static final int MAX_HEADING_WORDS = 20;
    private static final int MAX_SUBHEADING_WORDS = 10;

    private enum Section {
        PREAMBLE, OBJECTIVES, GOALS, TARGETS, TASKS, ORGANISATION, OTHER, RECIPIENTS, CLOSING
    }

    /** Everything the text says, in document order. */
    public PlanExtraction extract(String text) {
        return new Reading().read(paragraphs(DocumentText.clean(text == null ? "" : text)));
    }

    /** The paragraphs of a text: lines, with a line that starts in lower case joined to the one before (a page break). */
    static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        for (String line : DocumentText.lines(text)) {
            String clean = line.replace("*", "").strip();
            if (clean.isEmpty()) {
                continue;
            }
            boolean continues = !paragraphs.isEmpty() && Character.isLowerCase(clean.charAt(0)) && Marker.of(clean) == null;
            if (continues) {
                paragraphs.set(paragraphs.size() - 1, paragraphs.get(paragraphs.size() - 1) + " " + clean);
            } else {
                paragraphs.add(clean);
            }
        }
        return paragraphs;
    }

    /** One pass over the paragraphs, keeping the current section and the open tasks. */
    private static final class Reading {

        private final List<String> objectives = new ArrayList<>();
        private final List<ExtractedTarget> targets = new ArrayList<>();
        private final List<TaskBuilder> tasks = new ArrayList<>();
        private final Set<ExtractedAssignment> assignments = new LinkedHashSet<>();
        private final Set<ReportingRule> reporting = new LinkedHashSet<>();
        private final Deque<TaskBuilder> open = new ArrayDeque<>();
        private final Map<String, Integer> children = new HashMap<>();
        private final Set<String> numbers = new HashSet<>();
        private final Set<String> taskSections = new HashSet<>();
        private Section section = Section.PREAMBLE;
        private String prefix;

        PlanExtraction read(List<String> paragraphs) {
            for (String paragraph : paragraphs) {
                readParagraph(paragraph);
            }
            List<ExtractedTask> built = tasks.stream().map(TaskBuilder::build).toList();
            return new PlanExtraction(objectives, targets, built, List.copyOf(assignments), List.copyOf(reporting));
        }

        private void readParagraph(String paragraph) {
            String folded = Phrases.fold(paragraph);
            if (folded.startsWith("noi nhan") || folded.startsWith("kinh gui")) {
                enter(Section.RECIPIENTS, null);
                return;
            }
            if (folded.startsWith("tren day la")) {
                enter(Section.CLOSING, null);
            }
            Marker marker = Marker.of(paragraph);
            String body = marker == null ? paragraph : paragraph.substring(marker.textStart());
            String bodyFolded = Phrases.fold(body);
            int words = wordCount(body);
            Section kind = kindOf(bodyFolded);
            if (marker != null && marker.kind() == Marker.Kind.ROMAN && words <= MAX_HEADING_WORDS) {
                enter(kind == null ? Section.OTHER : kind, marker.value());
                return;
            }
            if (isCapitals(body) && words <= MAX_HEADING_WORDS && kind != null
                    && (marker == null || marker.kind() == Marker.Kind.ARABIC)) {
                enter(kind, marker == null ? null : marker.value());
                return;
            }
            boolean shortLine = words <= MAX_SUBHEADING_WORDS && !body.endsWith(".") && !body.endsWith(";");
            boolean inWork = section == Section.TASKS || section == Section.ORGANISATION;
            if (shortLine && kind != null && (!inWork || kind == Section.ORGANISATION) && startsWithKeyword(bodyFolded)) {
                if (kind == Section.TASKS && marker != null && marker.kind() != Marker.Kind.BULLET) {
                    section = Section.TASKS;
                } else {
                    section = kind;
                    if (kind != Section.TASKS || marker == null) {
                        open.clear();
                    }
                    return;
                }
            }
            switch (section) {
                case OBJECTIVES, GOALS -> {
                    objectives.add(body.strip());
                    targets.addAll(TargetReader.read(body));
                }
                case TARGETS, OTHER -> {
                    targets.addAll(TargetReader.read(body));
                    readReporting(paragraph);
                }
                case TASKS -> readTask(paragraph, marker, body);
                case ORGANISATION -> {
                    targets.addAll(TargetReader.read(body));
                    readAssignments(paragraph, null, marker != null && marker.kind() != Marker.Kind.BULLET);
                    readReporting(paragraph);
                }
                case CLOSING -> readReporting(paragraph);
                default -> {
                }
            }
        }

        private void enter(Section next, String roman) {
            section = next;
            open.clear();
            prefix = null;
            if (roman != null && next == Section.TASKS) {
                String value = roman;
                int n = Marker.romanValue(roman);
                while (taskSections.contains(value) && n > 0 && n < 39) {
                    value = Marker.roman(++n);
                }
                taskSections.add(value);
                prefix = value;
            }
        }

        private void readTask(String paragraph, Marker marker, String body) {
            if (marker != null && marker.kind() != Marker.Kind.ROMAN) {
                while (!open.isEmpty() && open.peek().rank >= marker.rank()) {
                    open.pop();
                }
                TaskBuilder parent = open.peek();
                TaskBuilder task = new TaskBuilder(number(marker, parent), parent == null ? null : parent.number,
                        marker.label(), open.size(), marker.rank(), body.strip());
                tasks.add(task);
                open.push(task);
            } else if (!open.isEmpty()) {
                open.peek().text.append('\n').append(paragraph);
            }
            String number = open.isEmpty() ? null : open.peek().number;
            targets.addAll(TargetReader.read(body));
            readAssignments(paragraph, number, marker != null);
            readReporting(paragraph);
        }

        private String number(Marker marker, TaskBuilder parent) {
            String number = switch (marker.kind()) {
                case ARABIC -> prefix == null ? marker.value() : prefix + "." + marker.value();
                case DECIMAL -> prefix == null || marker.value().startsWith(prefix + ".") ? marker.value() : prefix + "." + marker.value();
                case LETTER -> under(parent) + marker.value();
                default -> {
                    String key = parent == null ? String.valueOf(prefix) : parent.number;
                    int ordinal = children.merge(key, 1, Integer::sum);
                    yield under(parent) + ordinal;
                }
            };
            String unique = number;
            for (int copy = 2; !numbers.add(unique); copy++) {
                unique = number + "(" + copy + ")";
            }
            return unique;
        }

        private String under(TaskBuilder parent) {
            if (parent != null) {
                return parent.number + ".";
            }
            return prefix == null ? "" : prefix + ".";
        }

        private void readAssignments(String paragraph, String task, boolean unitSubject) {
            boolean first = true;
            for (String sentence : sentences(paragraph)) {
                assignments.addAll(AssignmentReader.read(sentence, task, unitSubject && first));
                first = false;
            }
        }

        private void readReporting(String paragraph) {
            for (String sentence : sentences(paragraph)) {
                reporting.addAll(ReportingReader.read(sentence));
            }
        }
    }

    /** A task being read; its text grows with the paragraphs under it. */
    private static final class TaskBuilder {

        final String number;
        final String parent;
        final String label;
        final int depth;
        final int rank;
        final StringBuilder text;

        TaskBuilder(String number, String parent, String label, int depth, int rank, String body) {
            this.number = number;
            this.parent = parent;
            this.label = label;
            this.depth = depth;
            this.rank = rank;
            this.text = new StringBuilder(body);
        }

        ExtractedTask build() {
            String body = text.toString();
            int lineEnd = body.indexOf('\n');
            return new ExtractedTask(number, parent, label, depth, title(lineEnd < 0 ? body : body.substring(0, lineEnd)), body);
        }
    }

    /** The kind of section a heading names, or null when it names none. */
    private static Section kindOf(String folded) {
        if (folded.contains("to chuc thuc hien")) {
            return Section.ORGANISATION;
        }
        boolean work = folded.contains("nhiem vu") || folded.contains("noi dung") || folded.contains("giai phap");
        if ((folded.contains("muc dich") || folded.contains("yeu cau")) && !work) {
            return Section.OBJECTIVES;
        }
        if (folded.contains("chi tieu") && !work) {
            return folded.contains("muc tieu") ? Section.GOALS : Section.TARGETS;
        }
        if (folded.contains("muc tieu") && !work) {
            return Section.GOALS;
        }
        if (work) {
            return Section.TASKS;
        }
        if (folded.contains("kinh phi") || folded.contains("che do bao cao") || folded.contains("thoi gian thuc hien")) {
            return Section.OTHER;
        }
        return null;
    }

    private static boolean startsWithKeyword(String folded) {
        for (String keyword : List.of("muc dich", "yeu cau", "muc tieu", "chi tieu", "cac chi tieu", "nhiem vu", "noi dung",
                "giai phap", "to chuc thuc hien", "kinh phi", "che do bao cao", "thoi gian thuc hien")) {
            if (folded.startsWith(keyword)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitals(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                if (Character.isLowerCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 3;
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    /** A task's title: its first line, cut at the end of its first sentence or word when long. */
    static String title(String line) {
        String title = line.strip();
        if (title.length() <= MAX_TITLE) {
            return stripEnd(title);
        }
        int sentenceEnd = -1;
        for (int i = 0; i < MAX_TITLE; i++) {
            char c = title.charAt(i);
            if ((c == '.' || c == ';' || c == ':') && i > 20 && i + 1 < title.length() && title.charAt(i + 1) == ' ') {
                sentenceEnd = i;
                break;
            }
        }
        if (sentenceEnd > 0) {
            return title.substring(0, sentenceEnd);
        }
        int space = title.lastIndexOf(' ', MAX_TITLE);
        return title.substring(0, space > 0 ? space : MAX_TITLE) + "…";
    }

    private static String stripEnd(String title) {
        int end = title.length();
        while (end > 0 && (title.charAt(end - 1) == ':' || title.charAt(end - 1) == ';' || title.charAt(end - 1) == ',')) {
            end--;
        }
        return title.substring(0, end).strip();
    }

    /** The sentences of a paragraph: split at ". " (not inside numbers), "!", "?" and ";" is kept inside. */
    static List<String> sentences(String paragraph) {
        List<String> sentences = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < paragraph.length(); i++) {
            char c = paragraph.charAt(i);
            boolean end = (c == '.' || c == '!' || c == '?') && (i + 1 == paragraph.length() || paragraph.charAt(i + 1) == ' ')
                    && !(c == '.' && i > 0 && i - start < 6);
            if (end) {
                String sentence = paragraph.substring(start, i + 1).strip();
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
                start = i + 1;
            }
        }
        String rest = paragraph.substring(start).strip();
        if (!rest.isEmpty()) {
            sentences.add(rest);
        }
        return sentences;
    }
}
