package vn.danvan.shared;

/**
 * A request that collides with existing data (HTTP 409), such as a duplicate code.
 */
public class Conflict extends DomainException {

    public Conflict(String code, Object... args) {
        super(Kind.CONFLICT, code, args);
    }
}
