package vn.danvan.plan.extraction;

import java.util.ArrayList;
import java.util.List;

import vn.danvan.plan.extraction.ExtractedAssignment.Role;

/**
 * Finds who does the work in a sentence: "Giao X chủ trì, phối hợp với Y …" (X leads, Y coordinates), "X phối hợp
 * với Y …", "X có trách nhiệm …", and a sentence whose subject is a unit ("Các phòng, chi cục, đơn vị trực thuộc Sở
 * … xây dựng kế hoạch") makes that unit responsible. Units are kept as written; matching them to the tree comes later.
 */
final class AssignmentReader {

    private static final int MAX_UNIT_WORDS = 14;

    /** Words a unit's name starts with, in lower case. */
    private static final List<String> UNIT_HEADS = List.of(
            "văn phòng", "phòng", "sở", "ban", "ủy ban", "uỷ ban", "ubnd", "hđnd", "đảng ủy", "đảng uỷ", "đảng bộ",
            "chi bộ", "công đoàn", "đoàn", "hội", "trung tâm", "thanh tra", "chi cục", "các", "cấp ủy", "cấp uỷ",
            "đoàn thể", "mặt trận", "mttq", "ủy ban mặt trận", "tỉnh ủy", "tỉnh uỷ", "huyện ủy", "thành ủy", "bộ",
            "cục", "tổng cục", "trường", "bệnh viện", "quỹ", "thủ trưởng", "giám đốc", "người đứng đầu", "ubkt",
            "ban chấp hành", "ban thường vụ", "btv", "bch", "cơ quan", "đơn vị", "liên đoàn", "viện", "tổ công tác",
            "ban chỉ đạo", "bcđ", "công an", "bộ chỉ huy", "ủy viên", "các đồng chí", "đồng chí");

    /** Verbs that end a unit's name in a sentence. */
    private static final List<String> VERBS = QuantityScanner.sortedLongestFirst(List.of(
            "theo dõi", "hướng dẫn", "kiểm tra", "tham mưu", "thực hiện", "triển khai", "xây dựng", "đôn đốc",
            "tổng hợp", "báo cáo", "nghiên cứu", "chỉ đạo", "giám sát", "tuyên truyền", "rà soát", "đề xuất",
            "cụ thể hóa", "cụ thể hoá", "phổ biến", "quán triệt", "vận động", "bám sát", "căn cứ", "có trách nhiệm",
            "chịu trách nhiệm", "để", "nhằm", "trong việc", "tiếp tục", "tăng cường", "đẩy mạnh", "phát động",
            "chủ động", "quan tâm", "phát hiện", "làm tốt", "thường xuyên", "phân công", "tiến hành", "chủ trì",
            "phối hợp", "được phân công", "tích cực", "thực hành", "nắm", "nâng cao", "củng cố", "đánh giá",
            "ban hành", "gửi", "hoàn thành", "đưa", "lồng ghép", "cung cấp", "bố trí", "giải quyết",
            "lãnh đạo", "tổ chức"));

    private AssignmentReader() {
    }

    /** The assignments of one sentence; {@code unitSubject} also takes a unit that opens the sentence as responsible. */
    static List<ExtractedAssignment> read(String sentence, String task, boolean unitSubject) {
        String lower = Phrases.lower(sentence);
        List<ExtractedAssignment> found = new ArrayList<>();
        int start = subjectStart(sentence, lower);
        int lead = Phrases.indexOfWord(lower, "chủ trì", start, lower.length());
        int coordinate = Phrases.indexOfWord(lower, "phối hợp với", start, lower.length());
        if (coordinate < 0) {
            coordinate = Phrases.indexOfWord(lower, "phối hợp cùng", start, lower.length());
        }
        int actorEnd = lead >= 0 ? lead : coordinate;
        if (actorEnd >= 0) {
            String actor = unitBefore(sentence, lower, start, actorEnd);
            if (actor != null) {
                found.add(new ExtractedAssignment(actor, Role.LEAD, task, sentence));
                if (coordinate >= 0 && (lead < 0 || coordinate > lead)) {
                    int from = coordinate + "phối hợp với".length();
                    for (String unit : unitsFrom(sentence, lower, from)) {
                        found.add(new ExtractedAssignment(unit, Role.COORDINATE, task, sentence));
                    }
                }
                return found;
            }
        }
        int responsible = Phrases.indexOfWord(lower, "có trách nhiệm", start, lower.length());
        if (responsible < 0) {
            responsible = Phrases.indexOfWord(lower, "chịu trách nhiệm", start, lower.length());
        }
        if (responsible < 0 && unitSubject) {
            responsible = firstVerb(sentence, lower, start, lower.length());
            if (responsible > 0 && sentence.substring(0, responsible).stripTrailing().endsWith(",")) {
                return found;
            }
        }
        if (responsible >= 0) {
            String actor = unitBefore(sentence, lower, start, responsible);
            if (actor != null) {
                found.add(new ExtractedAssignment(actor, Role.RESPONSIBLE, task, sentence));
            }
        }
        return found;
    }

    /** Where the subject starts: after a marker, "Giao", "Đề nghị" or "Yêu cầu". */
    private static int subjectStart(String sentence, String lower) {
        Marker marker = Marker.of(sentence);
        int at = marker == null ? 0 : marker.textStart();
        for (String lead : List.of("giao cho", "giao", "đề nghị", "yêu cầu", "đồng thời")) {
            int after = Phrases.startsWithWord(lower, at, lead);
            if (after >= 0) {
                at = after;
                break;
            }
        }
        while (at < sentence.length() && !Phrases.isLetter(sentence.charAt(at))) {
            at++;
        }
        return at;
    }

    /** The unit named between {@code from} and {@code to}, when it starts like a unit and holds no verb. */
    private static String unitBefore(String sentence, String lower, int from, int to) {
        String unit = TargetReader.trim(sentence, from, to);
        String unitLower = Phrases.lower(unit);
        if (unit.isEmpty() || !startsLikeUnit(unitLower) || firstVerb(unit, unitLower, 0, unitLower.length()) >= 0
                || unit.split("\\s+").length > MAX_UNIT_WORDS) {
            return null;
        }
        return unit;
    }

    /** The units listed from {@code from} up to the first verb: split at ", " or " và " before a capital or "các". */
    private static List<String> unitsFrom(String sentence, String lower, int from) {
        int end = firstVerb(sentence, lower, from, lower.length());
        int stop = from;
        while (stop < (end < 0 ? lower.length() : end) && ";.:(".indexOf(lower.charAt(stop)) < 0) {
            stop++;
        }
        List<String> units = new ArrayList<>();
        int partStart = from;
        for (int i = from; i <= stop; i++) {
            int separator = i == stop ? -1 : separatorLength(sentence, lower, i);
            if (i == stop || separator > 0) {
                String unit = TargetReader.trim(sentence, partStart, i);
                if (!unit.isEmpty() && unit.split("\\s+").length <= MAX_UNIT_WORDS) {
                    units.add(unit);
                }
                if (separator > 0) {
                    partStart = i + separator;
                    i += separator - 1;
                }
            }
        }
        return units;
    }

    private static int separatorLength(String sentence, String lower, int i) {
        int next;
        if (lower.charAt(i) == ',') {
            next = i + 1;
        } else if (Phrases.wordAt(lower, "và", i)) {
            next = i + 2;
        } else {
            return 0;
        }
        int word = next;
        while (word < sentence.length() && sentence.charAt(word) == ' ') {
            word++;
        }
        if (word >= sentence.length()) {
            return 0;
        }
        boolean capital = Character.isUpperCase(sentence.charAt(word));
        return capital || Phrases.wordAt(lower, "các", word) ? word - i : 0;
    }

    private static boolean startsLikeUnit(String lower) {
        for (String head : UNIT_HEADS) {
            if (Phrases.wordAt(lower, head, 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first verb between two offsets. A capitalised word inside a sentence is part of a name ("Ban Tổ chức",
     * "Ủy ban Kiểm tra"), and "tổ chức" after "các" or "những" is a noun.
     */
    private static int firstVerb(String text, String lower, int from, int to) {
        int first = -1;
        for (String verb : VERBS) {
            int at = Phrases.indexOfWord(lower, verb, from, first < 0 ? to : first);
            while (at >= 0 && (at > 0 && Character.isUpperCase(text.charAt(at)) || verb.equals("tổ chức") && isNoun(lower, at))) {
                at = Phrases.indexOfWord(lower, verb, at + 1, first < 0 ? to : first);
            }
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    private static boolean isNoun(String lower, int at) {
        return Phrases.endsWithWord(lower, 0, at, "các") >= 0 || Phrases.endsWithWord(lower, 0, at, "những") >= 0
                || Phrases.endsWithWord(lower, 0, at, "mọi") >= 0;
    }
}
