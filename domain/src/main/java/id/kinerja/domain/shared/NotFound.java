package id.kinerja.domain.shared;

/** The thing asked for does not exist. */
public final class NotFound extends DomainException {
    public NotFound(String what, Object id) {
        super("not-found", null, what + " " + id + " does not exist", what, id);
    }
}
