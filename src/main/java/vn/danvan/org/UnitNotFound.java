package vn.danvan.org;

import vn.danvan.shared.NotFound;

/**
 * No such unit, or none the acting user may see.
 */
public class UnitNotFound extends NotFound {

    public UnitNotFound() {
        super("org.unit.not-found");
    }
}
