package vn.danvan.shared;

import java.util.List;

/**
 * Input that cannot be accepted as given (HTTP 400), optionally with a problem per field.
 */
public class InvalidInput extends DomainException {

    public InvalidInput(String code, Object... args) {
        super(Kind.BAD_INPUT, code, args);
    }

    public InvalidInput(List<FieldProblem> problems) {
        super(Kind.BAD_INPUT, "validation.failed", problems);
    }

    /** A single field that is wrong, for forms that re-render with the message beside the field. */
    public static InvalidInput field(String field, String code, Object... args) {
        return new InvalidInput(List.of(new FieldProblem(field, code, args)));
    }
}
