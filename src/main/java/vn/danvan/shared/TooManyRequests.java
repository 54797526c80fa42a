package vn.danvan.shared;

/**
 * A client sending more requests than allowed in a time window, such as a flood of the public form (HTTP 429).
 */
public class TooManyRequests extends DomainException {

    public TooManyRequests(String code, Object... args) {
        super(Kind.TOO_MANY_REQUESTS, code, args);
    }
}
