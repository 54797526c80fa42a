package vn.danvan.document.parsing;

import java.util.Locale;
import java.util.Set;

import vn.danvan.shared.VietnameseText;

/**
 * Writing of names in Vietnamese documents: agencies and titles printed in capitals become their usual spelling
 * ("SỞ TƯ PHÁP" → "Sở Tư pháp", "PHÓ BÍ THƯ" → "Phó Bí thư"), and people's names are recognised.
 */
final class Names {

    /** Abbreviations that stay in capitals. */
    private static final Set<String> ABBREVIATIONS = Set.of(
            "UBND", "HĐND", "MTTQ", "MTTQVN", "UBMTTQ", "UBMTTQVN", "TP", "TX", "VN", "TW", "TU", "HU", "ĐU", "BCH",
            "BTV", "BCĐ", "LĐTBXH", "LĐ-TBXH", "TBXH", "TNCS", "HCM", "CSHCM", "TNCSHCM", "CCB", "KT-XH", "GD&ĐT",
            "GDĐT", "KH&CN", "KHCN", "TN&MT", "TNMT", "NN&PTNT", "NNPTNT", "GTVT", "VHTTDL", "TT&TT", "KCN", "BQL",
            "ĐBQH", "CP", "HTX", "THPT", "THCS", "UBKT", "ĐUK", "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI",
            "XII", "XIII", "XIV", "XV", "CNTT", "BHXH", "BHYT", "LHQ", "ASEAN");
    /** Words after which the next word starts with a capital ("Sở Tư pháp", "Phó Giám đốc"). */
    private static final Set<String> HEADS = Set.of(
            "sở", "bộ", "ban", "cục", "vụ", "phòng", "phó", "chánh", "hội", "đoàn", "viện", "trường", "sư",
            "trung", "tổng", "và", "-", "–", "&", "liên");
    /** Agency words written with a capital wherever they stand ("Đảng ủy Sở Tư pháp"). */
    private static final Set<String> AGENCIES = Set.of("sở", "bộ", "ban", "cục", "phòng", "khối", "viện");
    /** Words after which every word is part of a place name ("tỉnh Đồng Nai"). */
    private static final Set<String> PLACES = Set.of(
            "tỉnh", "huyện", "quận", "xã", "phường", "thị", "trấn", "phố");
    /** Common family names: the first word of most people's names. */
    private static final Set<String> FAMILY_NAMES = Set.of(
            "nguyễn", "trần", "lê", "phạm", "hoàng", "huỳnh", "phan", "vũ", "võ", "đặng", "bùi", "đỗ", "hồ", "ngô",
            "dương", "lý", "đinh", "trương", "lâm", "mai", "tô", "trịnh", "đoàn", "lương", "hà", "cao", "đào", "tạ",
            "châu", "thái", "quách", "lưu", "triệu", "kiều", "chu", "vương", "tăng", "giang", "lại", "khúc", "mạc",
            "hứa", "nông", "la", "lò", "hầu", "thân", "tống", "diệp", "âu", "ông", "từ", "tôn", "phùng", "nghiêm",
            "kim", "y", "h", "ksor", "rơ", "siu", "nay", "đàm", "lục", "trình", "doãn", "khổng", "quan", "cù",
            "phó", "bế", "vi", "lã", "mạnh", "ninh", "tiêu", "thạch", "danh", "sơn", "điểu", "lạc", "viên", "lai",
            "nhữ", "cấn", "bạch", "đồng", "đậu", "khương", "ưng", "ma");
    /** Words that never start a person's name: agencies, lists, document parts. */
    private static final Set<String> NOT_NAMES = Set.of(
            "sở", "ban", "ủy", "uỷ", "phòng", "đảng", "nơi", "kính", "lưu", "như", "các", "chi", "trung", "văn",
            "hội", "công", "ngày", "tỉnh", "huyện", "thành", "xã", "bộ", "cục", "trường", "chủ", "giám",
            "phó", "bí", "trưởng", "chánh", "thường", "tổng", "kế", "quyết", "chỉ", "thông", "báo", "hướng",
            "chương", "tờ", "nghị", "đã", "ký", "số", "mục", "phần", "điều", "trên", "để", "gửi");

    private Names() {
    }

    /** The usual spelling of an agency or title printed in capitals; text already in mixed case is kept. */
    static String properCase(String text) {
        if (text == null || !mostlyUpperCase(text)) {
            return text;
        }
        String[] words = text.strip().split(" +");
        StringBuilder out = new StringBuilder(text.length());
        boolean capitalNext = true;
        boolean place = false;
        boolean placeAfterNext = false;
        String previous = "";
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            String lower = word.toLowerCase(VietnameseText.VIETNAMESE);
            if (out.length() > 0) {
                out.append(' ');
            }
            boolean partyCommittee = PLACES.contains(lower) && w + 1 < words.length
                    && (words[w + 1].equalsIgnoreCase("ủy") || words[w + 1].equalsIgnoreCase("uỷ"));
            boolean agency = AGENCIES.contains(lower) && !partOfAWord(lower, previous);
            if (ABBREVIATIONS.contains(word) || word.chars().anyMatch(Character::isDigit)) {
                out.append(word);
            } else if (capitalNext && !(w > 0 && PLACES.contains(lower)) || place && !PLACES.contains(lower) || partyCommittee
                    || agency) {
                out.append(capitalised(lower));
            } else {
                out.append(lower);
            }
            capitalNext = HEADS.contains(lower) && (agency || !AGENCIES.contains(lower)) && !place;
            previous = lower;
            if (PLACES.contains(lower) && !partyCommittee || placeAfterNext) {
                place = true;
            }
            // "Tỉnh ủy Đồng Nai": the place follows the committee's "ủy".
            placeAfterNext = partyCommittee;
        }
        return out.toString();
    }

    /** "ban" in "ủy ban", "phòng" in "văn phòng", "bộ" in "cán bộ": part of a word, not an agency of its own. */
    private static boolean partOfAWord(String lower, String previous) {
        return lower.equals("ban") && (previous.equals("ủy") || previous.equals("uỷ") || previous.equals("trưởng"))
                || lower.equals("bộ") && previous.equals("cán")
                || lower.equals("phòng") && (previous.equals("văn") || previous.equals("trưởng"));
    }

    /** "NGUYỄN VĂN AN" → "Nguyễn Văn An"; each word with a capital. */
    static String personName(String text) {
        String[] words = text.strip().split(" +");
        StringBuilder out = new StringBuilder(text.length());
        for (String word : words) {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(capitalised(word.toLowerCase(VietnameseText.VIETNAMESE)));
        }
        return out.toString();
    }

    /** Whether a line looks like a person's name: two to six capitalised words, letters only, not an agency. */
    static boolean isPersonName(String line) {
        String text = line.strip();
        if (text.length() < 4 || text.length() > 50) {
            return false;
        }
        String[] words = text.split(" +");
        if (words.length < 2 || words.length > 6) {
            return false;
        }
        for (String word : words) {
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                if (!Character.isLetter(c) && c != '\'' && c != '’') {
                    return false;
                }
            }
        }
        String first = words[0].toLowerCase(VietnameseText.VIETNAMESE);
        if (NOT_NAMES.contains(first)) {
            return false;
        }
        return FAMILY_NAMES.contains(first) || !mostlyUpperCase(text);
    }

    static boolean mostlyUpperCase(String text) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            }
        }
        return upper >= 2 && lower * 5 <= upper;
    }

    private static String capitalised(String lower) {
        if (lower.isEmpty()) {
            return lower;
        }
        return lower.substring(0, 1).toUpperCase(Locale.ROOT) + lower.substring(1);
    }

    /** An OCR slip in agency names: "tinh Đồng Nai" for "tỉnh Đồng Nai". */
    static String repairAgency(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        String[] words = text.split(" ", -1);
        for (int w = 0; w < words.length; w++) {
            String word = words[w];
            if (word.equals("tinh") && w + 1 < words.length && !words[w + 1].isEmpty() && Character.isUpperCase(words[w + 1].charAt(0))) {
                word = "tỉnh";
            }
            if (w > 0) {
                out.append(' ');
            }
            out.append(word);
        }
        return out.toString();
    }
}
