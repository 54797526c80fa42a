package vn.danvan.shared;

/**
 * The acting user lacks the role, or the unit scope, that an operation requires (HTTP 403).
 */
public class AccessDenied extends DomainException {

    public AccessDenied() {
        super(Kind.FORBIDDEN, "access.denied");
    }
}
