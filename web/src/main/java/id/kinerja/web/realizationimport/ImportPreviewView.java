package id.kinerja.web.realizationimport;

import id.kinerja.domain.realizationimport.ImportRow;
import id.kinerja.domain.realizationimport.PreviewRealizationImport;
import id.kinerja.domain.realizationimport.TemplateLine;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The preview page: every row with the value as written and as read, what the commit will do with it and its
 * doubts; every refusal by row and column; the commit button, or once committed, the realizations written.
 */
@Introspected
public record ImportPreviewView(
        UUID id,
        String fileName,
        String unit,
        int year,
        String period,
        boolean committable,
        boolean committed,
        List<Row> rows,
        List<Problem> refusals,
        @Nullable Refusal refusal) {

    /**
     * One row of the sheet.
     *
     * @param realizationId once committed, the realization the row wrote, for a link
     */
    @Introspected
    public record Row(
            long line,
            String indicator,
            String written,
            String read,
            String action,
            boolean writes,
            @Nullable UUID realizationId,
            String note,
            List<String> doubts) {}

    /** A refusal by row and column. */
    @Introspected
    public record Problem(long row, String column, String message) {}

    static ImportPreviewView of(PreviewRealizationImport.Previewed previewed, Words words, Refusal refusal) {
        var sheet = previewed.sheet();
        var preview = previewed.preview();
        boolean committed = sheet.committed().isPresent();
        Map<UUID, TemplateLine> lines = previewed.template().lines().stream()
                .collect(Collectors.toMap(line -> line.indicator().id().value(), Function.identity()));
        return new ImportPreviewView(
                sheet.id().value(),
                sheet.fileName(),
                previewed.template().unit().profile().name(),
                sheet.year().value(),
                words.label(sheet.period()),
                preview.committable() && !committed,
                committed,
                preview.rows().stream()
                        .map(row -> rowOf(row, committed, lines, words))
                        .toList(),
                preview.refusals().stream()
                        .map(error -> new Problem(
                                error.row(),
                                error.column() == null ? "—" : error.column(),
                                words.message(error.code(), error.arguments())))
                        .toList(),
                refusal);
    }

    private static Row rowOf(ImportRow row, boolean committed, Map<UUID, TemplateLine> lines, Words words) {
        TemplateLine line =
                row.indicatorId() == null ? null : lines.get(row.indicatorId().value());
        UUID written = committed && row.writes() && line != null
                ? line.currentRealization().map(r -> r.id().value()).orElse(null)
                : null;
        String read = row.amount() != null ? words.number(row.amount()) : row.words() != null ? row.words() : "—";
        return new Row(
                row.line(),
                row.indicatorName() == null || row.indicatorName().isBlank() ? "—" : row.indicatorName(),
                row.written().isEmpty() ? "—" : row.written(),
                read,
                // once committed, the sheet read again finds the drafts it wrote: say what was done instead
                words.get("realization-import.action."
                        + (committed && row.writes() ? "DONE" : row.action().name())),
                row.writes(),
                written,
                row.note() == null ? "" : row.note(),
                row.doubts().stream()
                        .filter(note -> !(committed && note.code().equals("realization-import.doubt.replaces-draft")))
                        .map(note -> words.message(note.code(), note.arguments()))
                        .toList());
    }
}
