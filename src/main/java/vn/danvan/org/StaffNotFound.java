package vn.danvan.org;

import vn.danvan.shared.NotFound;

/**
 * No such staff member, or none the acting user may see.
 */
public class StaffNotFound extends NotFound {

    public StaffNotFound() {
        super("org.staff.not-found");
    }
}
