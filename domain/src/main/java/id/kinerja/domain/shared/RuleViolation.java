package id.kinerja.domain.shared;

/** A well-formed request that a business rule refuses: a target outside the plan period, a cycle of units. */
public final class RuleViolation extends DomainException {
    public RuleViolation(String code, String field, String englishMessage, Object... arguments) {
        super(code, field, englishMessage, arguments);
    }
}
