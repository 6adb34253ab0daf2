package id.kinerja.domain.survey;

import id.kinerja.domain.shared.RefusedFile.FileError;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One run of an import of survey responses as any node sees it: how far it has read, how many rows it has
 * refused so far, and how it ended. Nothing of a run is stored as responses until it ends {@link State#DONE}.
 *
 * @param bytesTotal the size of the file when known (an upload with its length), for the time left
 * @param resultVersion the result version the run made, once done
 * @param problemCode why a refused or failed run ended, with {@code errors} holding its first errors
 */
public record ImportRun(
        ImportRunId id,
        SurveyId survey,
        String startedBy,
        Optional<String> fileName,
        State state,
        long rowsRead,
        long rowsRefused,
        long bytesRead,
        OptionalLong bytesTotal,
        boolean cancelRequested,
        Optional<Integer> resultVersion,
        Optional<String> problemCode,
        List<FileError> errors,
        Instant startedAt,
        Instant updatedAt,
        Optional<Instant> finishedAt) {

    public ImportRun {
        errors = List.copyOf(errors);
    }

    /** Where a run is. Only RUNNING changes; the others are how it ended. */
    public enum State {
        RUNNING,
        DONE,
        REFUSED,
        CANCELLED,
        FAILED
    }

    static ImportRun starting(
            ImportRunId id, SurveyId survey, String by, String fileName, OptionalLong bytesTotal, Instant at) {
        return new ImportRun(
                id,
                survey,
                by,
                Optional.ofNullable(fileName),
                State.RUNNING,
                0,
                0,
                0,
                bytesTotal,
                false,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                at,
                at,
                Optional.empty());
    }

    public boolean running() {
        return state == State.RUNNING;
    }

    /**
     * The time left, estimated from the share of the file read so far at the pace so far; empty when the
     * size is unknown, nothing is read yet, or the run has ended.
     */
    public Optional<Duration> timeLeft() {
        if (!running() || bytesTotal.isEmpty() || bytesRead <= 0) {
            return Optional.empty();
        }
        long elapsed = Duration.between(startedAt, updatedAt).toMillis();
        long remaining = Math.max(0, bytesTotal.getAsLong() - bytesRead);
        return Optional.of(Duration.ofMillis(Math.round((double) elapsed * remaining / bytesRead)));
    }

    /** The share of the file read, 0–100, when its size is known. */
    public OptionalLong percentRead() {
        if (bytesTotal.isEmpty() || bytesTotal.getAsLong() == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.min(100, bytesRead * 100 / bytesTotal.getAsLong()));
    }
}
