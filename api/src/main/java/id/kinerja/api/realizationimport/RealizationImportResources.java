package id.kinerja.api.realizationimport;

import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.matrix.MatrixNote;
import id.kinerja.domain.realizationimport.CommitRealizationImport;
import id.kinerja.domain.realizationimport.ImportRow;
import id.kinerja.domain.realizationimport.PreviewRealizationImport;
import id.kinerja.domain.realizationimport.RealizationImportPreview;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.http.problem.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The JSON of a realization sheet's preview and of its commit. */
public final class RealizationImportResources {
    private RealizationImportResources() {}

    /** What the import understood, row by row, with every doubt and every refusal. */
    @Serdeable
    public record PreviewResponse(
            UUID id,
            UUID unitId,
            int year,
            String period,
            String fileName,
            boolean committable,
            boolean committed,
            List<RowResponse> rows,
            List<NoteResponse> refusals) {

        static PreviewResponse of(PreviewRealizationImport.Previewed previewed, Messages texts) {
            RealizationImportPreview preview = previewed.preview();
            var sheet = previewed.sheet();
            return new PreviewResponse(
                    sheet.id().value(),
                    sheet.unitId().value(),
                    sheet.year().value(),
                    sheet.period().name(),
                    sheet.fileName(),
                    preview.committable() && sheet.committed().isEmpty(),
                    sheet.committed().isPresent(),
                    preview.rows().stream()
                            .map(row -> RowResponse.of(row, texts))
                            .toList(),
                    preview.refusals().stream()
                            .map(error -> NoteResponse.of(error, texts))
                            .toList());
        }
    }

    /**
     * One row: the indicator it names, the value as written and as read, and what the commit does with it
     * ({@code RECORD} a new draft, {@code REVISE} the period's draft, {@code SKIP} nothing).
     */
    @Serdeable
    public record RowResponse(
            long row,
            @Nullable UUID indicatorId,
            String indicator,
            String written,
            @Nullable BigDecimal value,
            @Nullable String words,
            @Nullable String note,
            String action,
            @Nullable UUID revises,
            List<NoteResponse> doubts) {

        static RowResponse of(ImportRow row, Messages texts) {
            return new RowResponse(
                    row.line(),
                    row.indicatorId() == null ? null : row.indicatorId().value(),
                    row.indicatorName() == null ? "" : row.indicatorName(),
                    row.written(),
                    row.amount(),
                    row.words(),
                    row.note() == null || row.note().isBlank() ? null : row.note(),
                    row.action().name(),
                    row.existing() == null ? null : row.existing().value(),
                    row.doubts().stream()
                            .map(note -> NoteResponse.of(note, texts))
                            .toList());
        }
    }

    /** A doubt or a refusal, by row and column, in both languages. */
    @Serdeable
    public record NoteResponse(@Nullable Long row, @Nullable String column, String code, Messages.Bilingual messages) {
        static NoteResponse of(MatrixNote note, Messages texts) {
            return new NoteResponse(null, note.column(), note.code(), texts.render(note.code(), note.arguments()));
        }

        static NoteResponse of(RefusedFile.FileError error, Messages texts) {
            return new NoteResponse(
                    error.row(), error.column(), error.code(), texts.render(error.code(), error.arguments()));
        }
    }

    /** What a commit wrote: the draft realizations, in the order of the sheet's rows. */
    @Serdeable
    public record CommitResponse(UUID id, List<UUID> realizationIds) {
        static CommitResponse of(CommitRealizationImport.Committed committed) {
            return new CommitResponse(
                    committed.sheet().id().value(),
                    committed.realizations().stream()
                            .map(Realization::id)
                            .map(id -> id.value())
                            .toList());
        }
    }
}
