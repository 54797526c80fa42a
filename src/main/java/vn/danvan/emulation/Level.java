package vn.danvan.emulation;

/**
 * The level a movement runs at and a recognition is given at, from a single unit up to the whole country.
 */
public enum Level {
    UNIT, COMMUNE, PROVINCE, CENTRAL;

    public String messageKey() {
        return "emulation.level." + name();
    }
}
