package vn.danvan.shared;

/**
 * An upload or request body above the configured limit (HTTP 413).
 */
public class TooLarge extends DomainException {

    public TooLarge(String code, Object... args) {
        super(Kind.TOO_LARGE, code, args);
    }
}
