package vn.danvan.shared;

/**
 * A file of a type that is not accepted here, judged from its content (HTTP 415).
 */
public class UnsupportedType extends DomainException {

    public UnsupportedType(String code, Object... args) {
        super(Kind.UNSUPPORTED, code, args);
    }
}
