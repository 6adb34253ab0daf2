package id.kinerja.api.survey;

import id.kinerja.domain.survey.ImportRun;
import id.kinerja.http.problem.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A run of a survey import as any node answers it: while {@code RUNNING} its rows read and refused so far and
 * the estimated seconds left; once ended its state, the result version it made, or why it was refused.
 */
@Serdeable
public record ImportRunResponse(
        UUID id,
        UUID surveyId,
        String state,
        @Nullable String fileName,
        long rowsRead,
        long rowsRefused,
        long bytesRead,
        @Nullable Long bytesTotal,
        @Nullable Long percentRead,
        @Nullable Long secondsLeft,
        boolean cancelRequested,
        @Nullable Integer resultVersion,
        @Nullable String problemCode,
        @Nullable Messages.Bilingual problem,
        List<RunError> errors,
        Instant startedAt,
        Instant updatedAt,
        @Nullable Instant finishedAt) {

    /** One reason a run was refused, by row (0: the file as a whole) and column. */
    @Serdeable
    public record RunError(long row, @Nullable String column, String code, Messages.Bilingual message) {}

    public static ImportRunResponse of(ImportRun run, Messages texts) {
        return new ImportRunResponse(
                run.id().value(),
                run.survey().value(),
                run.state().name(),
                run.fileName().orElse(null),
                run.rowsRead(),
                run.rowsRefused(),
                run.bytesRead(),
                run.bytesTotal().isPresent() ? run.bytesTotal().getAsLong() : null,
                run.percentRead().isPresent() ? run.percentRead().getAsLong() : null,
                run.timeLeft().map(left -> (left.toMillis() + 999) / 1000).orElse(null),
                run.cancelRequested(),
                run.resultVersion().orElse(null),
                run.problemCode().orElse(null),
                run.problemCode()
                        .filter(code -> !code.equals("internal"))
                        .map(code -> texts.render(
                                code,
                                code.equals("file.refused") || run.errors().isEmpty()
                                        ? List.of(run.rowsRefused())
                                        : run.errors().get(0).arguments()))
                        .orElse(null),
                run.errors().stream()
                        .map(error -> new RunError(
                                error.row(),
                                error.column(),
                                error.code(),
                                texts.render(error.code(), error.arguments())))
                        .toList(),
                run.startedAt(),
                run.updatedAt(),
                run.finishedAt().orElse(null));
    }
}
