package id.kinerja.api.matrix;

import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.matrix.MatrixNote;
import id.kinerja.domain.matrix.MatrixPreview;
import id.kinerja.domain.matrix.MatrixRow;
import id.kinerja.domain.matrix.PreviewIndicatorMatrix;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.problem.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** The JSON of a matrix's preview and of its commit. */
public final class MatrixResources {
    private MatrixResources() {}

    /** What the import understood, row by row, with every doubt and every refusal. */
    @Serdeable
    public record PreviewResponse(
            UUID id,
            UUID unitId,
            String fileName,
            boolean committable,
            int headerRows,
            List<Integer> years,
            @Nullable UUID planPeriodId,
            List<RowResponse> rows,
            List<NoteResponse> refusals) {

        static PreviewResponse of(PreviewIndicatorMatrix.Previewed previewed, Messages texts) {
            MatrixPreview preview = previewed.preview();
            return new PreviewResponse(
                    previewed.matrix().id().value(),
                    previewed.matrix().unitId().value(),
                    previewed.matrix().fileName(),
                    preview.committable(),
                    preview.headerRows(),
                    preview.years().stream().map(Year::value).toList(),
                    preview.planPeriodId() == null
                            ? null
                            : preview.planPeriodId().value(),
                    preview.rows().stream()
                            .map(row -> RowResponse.of(row, texts))
                            .toList(),
                    preview.refusals().stream()
                            .map(error -> NoteResponse.of(error, texts))
                            .toList());
        }
    }

    /** One indicator as it would land in the draft decree. */
    @Serdeable
    public record RowResponse(
            long row,
            String objectiveCode,
            String objective,
            @Nullable String code,
            String name,
            @Nullable String definition,
            @Nullable String formula,
            @Nullable String unitOfMeasure,
            String kind,
            Polarity polarity,
            String direction,
            boolean directionToConfirm,
            @Nullable BigDecimal baseline,
            @Nullable Integer baselineYear,
            @Nullable String dataSource,
            @Nullable UUID responsibleUnitId,
            List<TargetResponse> targets,
            List<Integer> notApplicable,
            List<NoteResponse> doubts) {

        static RowResponse of(MatrixRow row, Messages texts) {
            var d = row.definition();
            return new RowResponse(
                    row.line(),
                    row.objectiveCode(),
                    row.objectiveStatement(),
                    d.code(),
                    d.name(),
                    d.definition(),
                    d.formula(),
                    d.unitOfMeasure(),
                    d.kind().name(),
                    d.polarity(),
                    row.direction().name(),
                    row.directionToConfirm(),
                    d.baseline() == null ? null : d.baseline().value(),
                    d.baseline() == null ? null : d.baseline().year().value(),
                    d.dataSource(),
                    d.responsibleUnitId() == null ? null : d.responsibleUnitId().value(),
                    row.targets().stream().map(TargetResponse::of).toList(),
                    row.notApplicable().stream().map(Year::value).toList(),
                    row.notes().stream()
                            .map(note -> NoteResponse.of(note, texts))
                            .toList());
        }
    }

    /** A target: a number, a range or words, as the annex will print it. */
    @Serdeable
    public record TargetResponse(
            int year,
            String display,
            @Nullable BigDecimal value,
            @Nullable BigDecimal lower,
            @Nullable BigDecimal upper,
            @Nullable String text,
            @Nullable String category) {
        static TargetResponse of(Target target) {
            TargetValue value = target.value();
            return new TargetResponse(
                    target.year().value(),
                    target.display(),
                    value instanceof TargetValue.Numeric n ? n.amount() : null,
                    value instanceof TargetValue.Range r ? r.lower() : null,
                    value instanceof TargetValue.Range r ? r.upper() : null,
                    value instanceof TargetValue.Qualitative q ? q.text() : null,
                    target.promisedCategory());
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

    /**
     * The draft decree's words (only its number is needed; the rest default from the unit's name) and the
     * directions the planner confirmed, by row of the file.
     */
    @Serdeable
    public record CommitRequest(
            @NotNull String number,
            @Nullable String title,
            @Nullable String issuingOfficial,
            @Nullable String signatoryName,
            @Nullable String signatoryPosition,
            @Nullable List<@NotNull @Valid DirectionChoice> directions) {}

    /** The direction chosen for the indicator of one row. */
    @Serdeable
    public record DirectionChoice(long row, @NotNull Polarity polarity) {}
}
