package vn.danvan.document.parsing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.danvan.shared.VietnameseText;

/**
 * The document types of Nghị định 30/2020 (state), the legal-normative types and the Party types (VIETNAM.md §1.2,
 * §1.4, §1.5): canonical abbreviations ("CTr", "QyĐ", "QĐi"), names, and the headings that announce them.
 */
final class DocumentTypes {

    /** Abbreviation, state name, Party name (null when the same). */
    private static final String[][] TYPES = {
            {"NQ", "Nghị quyết", null}, {"QĐ", "Quyết định", null}, {"CT", "Chỉ thị", null}, {"QC", "Quy chế", null},
            {"QyĐ", "Quy định", null}, {"QĐi", "Quy định", null}, {"TC", "Thông cáo", null}, {"TB", "Thông báo", null},
            {"HD", "Hướng dẫn", null}, {"CTr", "Chương trình", null}, {"KH", "Kế hoạch", null}, {"PA", "Phương án", null},
            {"ĐA", "Đề án", null}, {"DA", "Dự án", null}, {"BC", "Báo cáo", null}, {"BB", "Biên bản", null},
            {"TTr", "Tờ trình", null}, {"HĐ", "Hợp đồng", null}, {"CĐ", "Công điện", null}, {"BGN", "Bản ghi nhớ", null},
            {"BTT", "Bản thỏa thuận", null}, {"GUQ", "Giấy ủy quyền", null}, {"GM", "Giấy mời", null},
            {"GGT", "Giấy giới thiệu", null}, {"GNP", "Giấy nghỉ phép", null}, {"PG", "Phiếu gửi", null},
            {"PC", "Phiếu chuyển", null}, {"PB", "Phiếu báo", null}, {"SY", "Bản sao y", null},
            {"TrS", "Bản trích sao", null}, {"SL", "Bản sao lục", null}, {"VBHN", "Văn bản hợp nhất", null},
            {"NĐ", "Nghị định", null}, {"TT", "Thông tư", "Thông tri"}, {"TTLT", "Thông tư liên tịch", null},
            {"KL", "Kết luận", null}, {"CV", "Công văn", null}, {"BS", "Bản sao", null}, {"L", "Luật", null},
            {"PL", "Pháp lệnh", null}, {"NQLT", "Nghị quyết liên tịch", null}, {"QĐLT", "Quyết định liên tịch", null},
            {"TTLN", "Thông tư liên ngành", null}, {"CL", "Chiến lược", null}, {"QH", "Quy hoạch", null},
    };

    /** Headings (folded) that name a document type, longest first so "quyet dinh" does not hide others. */
    private static final List<String[]> HEADINGS = List.of(
            new String[] {"nghi quyet lien tich", "NQLT"}, new String[] {"thong tu lien tich", "TTLT"},
            new String[] {"nghi quyet", "NQ"}, new String[] {"quyet dinh", "QĐ"}, new String[] {"chi thi", "CT"},
            new String[] {"quy che", "QC"}, new String[] {"quy dinh", "QyĐ"}, new String[] {"thong cao", "TC"},
            new String[] {"thong bao", "TB"}, new String[] {"huong dan", "HD"}, new String[] {"chuong trinh", "CTr"},
            new String[] {"ke hoach", "KH"}, new String[] {"phuong an", "PA"}, new String[] {"de an", "ĐA"},
            new String[] {"du an", "DA"}, new String[] {"bao cao", "BC"}, new String[] {"bien ban", "BB"},
            new String[] {"to trinh", "TTr"}, new String[] {"hop dong", "HĐ"}, new String[] {"cong dien", "CĐ"},
            new String[] {"giay moi", "GM"}, new String[] {"giay gioi thieu", "GGT"}, new String[] {"nghi dinh", "NĐ"},
            new String[] {"thong tu", "TT"}, new String[] {"thong tri", "TT"}, new String[] {"ket luan", "KL"},
            new String[] {"cong van", "CV"}, new String[] {"luat", "L"}, new String[] {"phap lenh", "PL"},
            new String[] {"chien luoc", "CL"}, new String[] {"quy hoach", "QH"});

    private static final Map<String, String[]> BY_KEY = new HashMap<>();

    static {
        for (String[] type : TYPES) {
            BY_KEY.put(key(type[0]), type);
        }
    }

    private DocumentTypes() {
    }

    /** Upper case with the Icelandic eth unified: "Ctr" and "CTR" both give "CTR". */
    static String key(String code) {
        return code.replace('\u00D0', 'Đ').toUpperCase(Locale.ROOT);
    }

    /** The canonical form of a known type abbreviation, or null. */
    static String canonical(String code) {
        String[] type = BY_KEY.get(key(code));
        return type == null ? null : type[0];
    }

    /** The name of a type abbreviation in a state or Party document, or null when unknown. */
    static String name(String code, boolean party) {
        if (code == null) {
            return null;
        }
        String[] type = BY_KEY.get(key(code));
        if (type == null) {
            return null;
        }
        return party && type[2] != null ? type[2] : type[1];
    }

    /**
     * The type announced by a heading line such as "KẾ HOẠCH" or "QUYẾT ĐỊNH:", as {abbreviation, name}, and the
     * length of the heading words in the folded line; null when the line does not start with a type name.
     */
    static String[] heading(String line) {
        String folded = VietnameseText.fold(line);
        for (String[] heading : HEADINGS) {
            String words = heading[0];
            if (folded.startsWith(words) && (folded.length() == words.length() || !Character.isLetterOrDigit(folded.charAt(words.length())))) {
                return heading;
            }
        }
        return null;
    }
}
