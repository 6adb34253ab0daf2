package id.kinerja.domain.realizationimport;

import id.kinerja.domain.evaluation.AttachEvidence;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.matrix.MatrixSheets;
import id.kinerja.domain.organization.ClosedYears;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Commits a previewed realization sheet in one transaction: each value a draft realization whose source is the
 * import (or the new value of the period's draft), each with the file attached as its evidence — or, on any
 * refusal, nothing. The file is read again against the unit's indicators as they are now, so what is written is
 * what the preview shows; every value goes through {@link RecordRealization}, so every rule of a value entered by
 * hand applies.
 */
public final class CommitRealizationImport {
    /** The media type the file is kept with as evidence. */
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final RealizationImports imports;
    private final RealizationTemplate templates;
    private final MatrixSheets sheets;
    private final ClosedYears closures;
    private final RecordRealization record;
    private final AttachEvidence attach;
    private final Transactions transactions;
    private final Clock clock;

    public CommitRealizationImport(
            RealizationImports imports,
            RealizationTemplate templates,
            MatrixSheets sheets,
            ClosedYears closures,
            RecordRealization record,
            AttachEvidence attach,
            Transactions transactions,
            Clock clock) {
        this.imports = imports;
        this.templates = templates;
        this.sheets = sheets;
        this.closures = closures;
        this.record = record;
        this.attach = attach;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The realizations the sheet wrote, in the order of its rows. */
    public record Committed(RealizationImport sheet, List<Realization> realizations) {
        public Committed {
            realizations = List.copyOf(realizations);
        }
    }

    public Committed commit(String by, RealizationImportId id) {
        InvalidValue.requireText(by, "by");
        return transactions.inTransaction(() -> {
            RealizationImport sheet = imports.get(id);
            templates.requireServes(by, sheet.unitId());
            if (sheet.committed().isPresent()) {
                throw alreadyCommitted(sheet);
            }
            closures.requireOpen(sheet.unitId(), sheet.year());
            RealizationTemplate.Template template = templates.read(sheet.unitId(), sheet.year(), sheet.period());
            RealizationImportPreview preview = RealizationImportReading.read(
                    sheets.rowsOf(sheet.content(), sheet.fileName()), sheet.year(), sheet.period(), template.lines());
            preview.requireCommittable();
            Map<RealizationId, Realization> drafts = template.lines().stream()
                    .flatMap(line -> line.currentRealization().stream())
                    .collect(Collectors.toMap(Realization::id, Function.identity()));
            List<Realization> written = new ArrayList<>();
            for (ImportRow row : preview.rows()) {
                if (!row.writes()) {
                    continue;
                }
                Realization realization = row.action() == ImportRow.Action.REVISE
                        ? revise(by, sheet, row, drafts.get(row.existing()))
                        : record.recordImported(
                                new RecordRealization.Command(
                                        by,
                                        row.indicatorId(),
                                        sheet.year(),
                                        sheet.period(),
                                        row.amount(),
                                        row.words(),
                                        null,
                                        null),
                                sheet.fileName());
                attach.attachFile(realization.id(), titleOf(sheet, row), sheet.fileName(), XLSX, sheet.content(), by);
                written.add(realization);
            }
            if (!imports.markCommitted(sheet.id(), by, clock.instant())) {
                throw alreadyCommitted(sheet);
            }
            return new Committed(sheet, written);
        });
    }

    /** The draft keeps its narrative; only its value (and its source, now the import) changes. */
    private Realization revise(String by, RealizationImport sheet, ImportRow row, Realization draft) {
        return record.reviseImported(
                new RecordRealization.Revision(
                        by, draft.id(), draft.version(), row.amount(), row.words(), null, draft.narrative()),
                sheet.fileName());
    }

    /** The evidence's title: the file and its row, with the row's note when it has one. */
    static String titleOf(RealizationImport sheet, ImportRow row) {
        String title = sheet.fileName() + " · baris " + row.line()
                + (row.note() == null || row.note().isBlank()
                        ? ""
                        : ": " + row.note().strip());
        return title.length() > 500 ? title.substring(0, 500) : title;
    }

    private static ConflictingState alreadyCommitted(RealizationImport sheet) {
        return new ConflictingState(
                "realization-import.already-committed",
                null,
                "this realization sheet was committed already",
                sheet.fileName());
    }
}
