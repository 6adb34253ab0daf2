package id.kinerja.domain.shared;

import java.io.Serial;

/** The thing asked for does not exist. */
public final class NotFound extends DomainException {
    @Serial
    private static final long serialVersionUID = 1L;

    public NotFound(String what, Object id) {
        super("not-found", null, what + " " + id + " does not exist", what, id);
    }
}
