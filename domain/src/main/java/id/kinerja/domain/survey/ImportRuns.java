package id.kinerja.domain.survey;

import id.kinerja.domain.shared.RefusedFile.FileError;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The runs of survey imports, stored where every node sees them. Every method commits on its own at once,
 * outside the import's transaction (which commits only at its end): that is what makes a run's progress
 * visible while it runs, and a cancellation asked on another node visible to the importing one.
 */
public interface ImportRuns {
    void start(ImportRun run);

    /**
     * Stores how far a run has come.
     *
     * @return whether someone has asked for the run to be cancelled
     */
    boolean progress(ImportRunId run, long rowsRead, long rowsRefused, long bytesRead, Instant at);

    /** Stores how a run ended, with its result version when done and its first errors when refused. */
    void finish(
            ImportRunId run,
            ImportRun.State state,
            long rowsRead,
            long rowsRefused,
            Integer resultVersion,
            String problemCode,
            List<FileError> errors,
            Instant at);

    /** Asks a running run to stop; false when it is not running (any more). */
    boolean requestCancel(ImportRunId run);

    Optional<ImportRun> find(ImportRunId run);

    /** The survey's latest runs, newest first. */
    List<ImportRun> ofSurvey(SurveyId survey, int limit);

    /** Runs kept nowhere: imports work as before, without progress (unit tests, tools). */
    ImportRuns NONE = new ImportRuns() {
        @Override
        public void start(ImportRun run) {}

        @Override
        public boolean progress(ImportRunId run, long rowsRead, long rowsRefused, long bytesRead, Instant at) {
            return false;
        }

        @Override
        public void finish(
                ImportRunId run,
                ImportRun.State state,
                long rowsRead,
                long rowsRefused,
                Integer resultVersion,
                String problemCode,
                List<FileError> errors,
                Instant at) {}

        @Override
        public boolean requestCancel(ImportRunId run) {
            return false;
        }

        @Override
        public Optional<ImportRun> find(ImportRunId run) {
            return Optional.empty();
        }

        @Override
        public List<ImportRun> ofSurvey(SurveyId survey, int limit) {
            return List.of();
        }
    };
}
