package vn.danvan.emulation;

import java.util.Arrays;

import vn.danvan.shared.InvalidInput;

/**
 * The four fields a "Dân vận khéo" model works in (VIETNAM.md §4.2): kinh tế; văn hóa – xã hội; quốc phòng – an ninh;
 * xây dựng Đảng và hệ thống chính trị.
 */
public enum Field {
    ECONOMY, CULTURE_SOCIETY, DEFENCE_SECURITY, POLITICAL_SYSTEM;

    public String messageKey() {
        return "emulation.field." + name();
    }

    /** The field named by its code, or a clear refusal naming the input field. */
    static Field parse(String code) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(code == null ? "" : code.strip())).findFirst()
                .orElseThrow(() -> InvalidInput.field("field", "emulation.model.field-unknown"));
    }
}
