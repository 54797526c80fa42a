package vn.danvan.shared;

/**
 * Somebody else saved the same record since it was loaded; the second writer must reload (HTTP 409).
 */
public class ConcurrentChange extends DomainException {

    public ConcurrentChange() {
        super(Kind.CONFLICT, "concurrent.change");
    }
}
