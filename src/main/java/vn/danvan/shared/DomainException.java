package vn.danvan.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A broken business rule or a bad request, named by a stable code that is both the message key and the API {@code code}.
 */
public class DomainException extends RuntimeException {

    /** How the failure reaches a client: the HTTP status of its problem details. */
    public enum Kind {
        BAD_INPUT(400), UNAUTHENTICATED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), RULE(422), TOO_LARGE(413), UNSUPPORTED(415), TOO_MANY_REQUESTS(429);

        private final int status;

        Kind(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    /** One problem with one field of a form or request, with its own message key. */
    public record FieldProblem(String field, String code, Object... args) {
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Kind kind;
    private final String code;
    private final transient Object[] args;
    private final List<FieldProblem> fieldProblems;

    protected DomainException(Kind kind, String code, Object... args) {
        this(kind, code, List.of(), args);
    }

    protected DomainException(Kind kind, String code, List<FieldProblem> fieldProblems, Object... args) {
        super(code);
        this.kind = kind;
        this.code = code;
        this.args = args == null ? new Object[0] : Arrays.stream(args).map(DomainException::displayable).toArray();
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    /** A word of the UI (such as a unit kind) used inside a message, translated along with it. */
    public static MessageSourceResolvable term(String messageKey) {
        return new DefaultMessageSourceResolvable(new String[] { messageKey }, messageKey);
    }

    private static Object displayable(Object arg) {
        return arg instanceof LocalDate date ? DATE.format(date) : arg;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args.clone();
    }

    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }
}
