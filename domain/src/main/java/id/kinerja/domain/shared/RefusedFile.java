package id.kinerja.domain.shared;

import java.io.Serial;
import java.util.List;

/**
 * An uploaded file with errors: nothing of it was stored. It names the first errors by row and column, and
 * how many there were in all.
 */
public final class RefusedFile extends DomainException {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The most errors reported one by one; the rest are only counted. */
    public static final int REPORTED_ERRORS = 100;

    private final List<FileError> errors;
    private final long errorCount;

    /**
     * One error of a file.
     *
     * @param row the line of the file (1 is the header), or 0 for the file as a whole
     * @param column the column's header as written, or null
     */
    public record FileError(long row, String column, String code, List<Object> arguments, String englishMessage) {
        public FileError {
            arguments = List.copyOf(arguments);
        }
    }

    public RefusedFile(List<FileError> errors, long errorCount) {
        super(
                "file.refused",
                null,
                "the file has " + errorCount + " error(s); nothing was stored"
                        + (errors.isEmpty()
                                ? ""
                                : "; first: row " + errors.get(0).row() + ": "
                                        + errors.get(0).englishMessage()),
                errorCount);
        this.errors = List.copyOf(errors);
        this.errorCount = errorCount;
    }

    public List<FileError> errors() {
        return errors;
    }

    public long errorCount() {
        return errorCount;
    }
}
