package id.kinerja.domain.shared;

import java.io.Serial;

/** A request that conflicts with what is stored: a second target for a year, editing an enacted decree. */
public final class ConflictingState extends DomainException {
    @Serial
    private static final long serialVersionUID = 1L;

    public ConflictingState(String code, String field, String englishMessage, Object... arguments) {
        super(code, field, englishMessage, arguments);
    }
}
