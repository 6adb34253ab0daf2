package id.kinerja.web.matrix;

import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.matrix.MatrixRow;
import id.kinerja.domain.matrix.PreviewIndicatorMatrix;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * The preview page: every row as it will land in the draft decree, its doubts beside it, a direction to confirm
 * where one was proposed, every refusal by row and column, and the commit form.
 */
@Introspected
public record MatrixPreviewView(
        UUID id,
        String fileName,
        boolean committable,
        List<Integer> years,
        List<Row> rows,
        List<Problem> refusals,
        String number,
        @Nullable Refusal refusal) {

    /** One indicator: what the table shows, and for a proposed direction the choices with the proposal first. */
    @Introspected
    public record Row(
            long line,
            String objective,
            String code,
            String name,
            String unit,
            String kind,
            String direction,
            boolean toConfirm,
            List<Choice> choices,
            String baseline,
            List<String> targets,
            List<String> doubts) {}

    /** A direction offered for a row, as the form sends it ("6:LOWER_IS_BETTER"). */
    @Introspected
    public record Choice(String value, String label, boolean selected) {}

    /** A refusal by row and column. */
    @Introspected
    public record Problem(long row, String column, String message) {}

    static MatrixPreviewView of(
            PreviewIndicatorMatrix.Previewed previewed, Words words, String number, Refusal refusal) {
        var preview = previewed.preview();
        return new MatrixPreviewView(
                previewed.matrix().id().value(),
                previewed.matrix().fileName(),
                preview.committable(),
                preview.years().stream().map(year -> year.value()).toList(),
                preview.rows().stream()
                        .map(row -> rowOf(row, preview.years(), words))
                        .toList(),
                preview.refusals().stream()
                        .map(error -> new Problem(
                                error.row(),
                                error.column() == null ? "—" : error.column(),
                                words.message(error.code(), error.arguments())))
                        .toList(),
                number,
                refusal);
    }

    private static Row rowOf(MatrixRow row, List<id.kinerja.domain.shared.Year> years, Words words) {
        var d = row.definition();
        List<String> targets = years.stream()
                .map(year -> row.targets().stream()
                        .filter(t -> t.year().equals(year))
                        .findFirst()
                        .map(Target::display)
                        .orElse(row.notApplicable().contains(year) ? "N/A" : "—"))
                .toList();
        List<Choice> choices = Arrays.stream(Polarity.values())
                .filter(p -> p != Polarity.QUALITATIVE)
                .map(p -> new Choice(row.line() + ":" + p.name(), words.label(p), p == d.polarity()))
                .toList();
        return new Row(
                row.line(),
                row.objectiveCode() + ". " + row.objectiveStatement(),
                d.code() == null ? "" : d.code(),
                d.name(),
                d.unitOfMeasure() == null ? "" : d.unitOfMeasure(),
                words.label(d.kind()),
                words.label(d.polarity()),
                row.directionToConfirm(),
                choices,
                d.baseline() == null
                        ? "—"
                        : words.number(d.baseline().value()) + " ("
                                + d.baseline().year().value() + ")",
                targets,
                row.notes().stream()
                        .map(note -> (note.column() == null ? "" : note.column() + ": ")
                                + words.message(note.code(), note.arguments()))
                        .toList());
    }
}
