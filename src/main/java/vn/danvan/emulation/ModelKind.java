package vn.danvan.emulation;

/**
 * A collective model (mô hình) or an individual exemplar (điển hình).
 */
public enum ModelKind {
    COLLECTIVE, INDIVIDUAL;

    public String messageKey() {
        return "emulation.kind." + name();
    }
}
