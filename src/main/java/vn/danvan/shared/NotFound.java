package vn.danvan.shared;

/**
 * A record that does not exist or lies outside the acting user's units (HTTP 404, so its existence is not revealed).
 */
public class NotFound extends DomainException {

    public NotFound(String code, Object... args) {
        super(Kind.NOT_FOUND, code, args);
    }
}
