package id.kinerja.domain.shared;

import java.io.Serial;
import java.util.List;
import java.util.Optional;

/**
 * A refusal the user can act on. It carries a stable {@code code} (the key of its bilingual message and
 * of the problem type on the HTTP edge), the field at fault when there is one, and the arguments the
 * message needs. The English text here is for logs; adapters render the user's language from the code.
 */
public abstract sealed class DomainException extends RuntimeException
        permits InvalidValue, RuleViolation, ConflictingState, StaleVersion, NotFound, NotPermitted, RefusedFile {
    // Serializable because every Throwable is; Kinerja never serializes its refusals, but a declared UID keeps
    // the serial form from changing with each recompilation should something (a log appender) ever do so.
    @Serial
    private static final long serialVersionUID = 1L;

    private final String code;
    private final String field;
    private final List<Object> arguments;

    protected DomainException(String code, String field, String englishMessage, Object... arguments) {
        super(englishMessage);
        this.code = code;
        this.field = field;
        this.arguments = List.of(arguments);
    }

    public String code() {
        return code;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public List<Object> arguments() {
        return arguments;
    }
}
