package id.kinerja.domain.survey;

import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * Imports a file kept aside (spooled by the node that received it) on a thread of its own, so that the request
 * that brought the file can answer before the import ends. The run is stored first: its id is the handle every
 * node answers progress and cancellation for.
 */
public final class BackgroundSurveyImports {
    private final ImportSurveyResponses importer;
    private final Executor executor;

    public BackgroundSurveyImports(ImportSurveyResponses importer, Executor executor) {
        this.importer = importer;
        this.executor = executor;
    }

    /** A file kept aside for an import: read once, then released (deleted) however the import ends. */
    public interface KeptFile extends AutoCloseable {
        ResponseFile responses();

        /** Bytes of the file read so far. */
        long bytesRead();

        long size();

        @Override
        void close();
    }

    /** A run started: its id at once, its report (or refusal) when it ends. */
    public record Started(ImportRunId run, CompletableFuture<ImportSurveyResponses.Report> outcome) {}

    /**
     * Stores the run and starts it. A file that may not be imported (no such survey, another unit's evaluator)
     * is refused here, before any run is stored, and released.
     */
    public Started start(
            String by,
            SurveyId survey,
            KeptFile file,
            ImportSurveyResponses.Mode mode,
            boolean dryRun,
            String fileName) {
        ImportRunId run;
        try {
            run = importer.begin(by, survey, fileName, OptionalLong.of(file.size()));
        } catch (RuntimeException refused) {
            file.close();
            throw refused;
        }
        LongSupplier bytesRead = file::bytesRead;
        ImportSurveyResponses.Command command = new ImportSurveyResponses.Command(
                        by, survey, file.responses(), mode, dryRun, fileName)
                .tracked(ImportSurveyResponses.Tracking.of(run, bytesRead));
        CompletableFuture<ImportSurveyResponses.Report> outcome = CompletableFuture.supplyAsync(
                () -> {
                    try (file) {
                        return importer.importFile(command);
                    }
                },
                executor);
        return new Started(run, outcome);
    }
}
