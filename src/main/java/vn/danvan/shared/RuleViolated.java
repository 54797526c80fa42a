package vn.danvan.shared;

/**
 * A request that is well-formed but breaks a business rule (HTTP 422), such as merging a unit into itself.
 */
public class RuleViolated extends DomainException {

    public RuleViolated(String code, Object... args) {
        super(Kind.RULE, code, args);
    }
}
