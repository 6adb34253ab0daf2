package id.kinerja.domain.shared;

import java.io.Serial;

/** A well-formed request that a business rule refuses: a target outside the plan period, a cycle of units. */
public final class RuleViolation extends DomainException {
    @Serial
    private static final long serialVersionUID = 1L;

    public RuleViolation(String code, String field, String englishMessage, Object... arguments) {
        super(code, field, englishMessage, arguments);
    }
}
