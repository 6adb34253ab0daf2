package id.kinerja.domain.shared;

import java.io.Serial;

/** The person may use this kind of action, but not on this thing: an evaluator outside the responsible unit. */
public final class NotPermitted extends DomainException {
    @Serial
    private static final long serialVersionUID = 1L;

    public NotPermitted(String code, String englishMessage, Object... arguments) {
        super(code, null, englishMessage, arguments);
    }
}
