package vn.danvan.emulation;

/**
 * Where a model stands: registered → implementing → nominated → recognised or not recognised.
 */
public enum ModelStatus {
    REGISTERED, IMPLEMENTING, NOMINATED, RECOGNISED, NOT_RECOGNISED;

    public String messageKey() {
        return "emulation.status." + name();
    }
}
