package id.kinerja.domain.realizationimport;

import id.kinerja.domain.matrix.MatrixSheets;
import id.kinerja.domain.organization.ClosedYears;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import java.time.Clock;

/**
 * Reads an uploaded realization sheet of a unit for a year and period and keeps the file, answering what it
 * understood row by row with every doubt and refusal. Nothing is recorded yet: that is
 * {@link CommitRealizationImport}. The evaluator must serve the unit, and the unit's year must be open.
 */
public final class PreviewRealizationImport {
    /** The largest sheet accepted: a unit's sheet is a few dozen rows, far below this. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private final RealizationTemplate templates;
    private final RealizationImports imports;
    private final MatrixSheets sheets;
    private final ClosedYears closures;
    private final Transactions transactions;
    private final Clock clock;

    public PreviewRealizationImport(
            RealizationTemplate templates,
            RealizationImports imports,
            MatrixSheets sheets,
            ClosedYears closures,
            Transactions transactions,
            Clock clock) {
        this.templates = templates;
        this.imports = imports;
        this.sheets = sheets;
        this.closures = closures;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(
            String by, OrganizationUnitId unitId, Year year, ReportingPeriod period, String fileName, byte[] content) {}

    /** The stored upload, what it says, and the unit's sheet it was read against. */
    public record Previewed(
            RealizationImport sheet, RealizationImportPreview preview, RealizationTemplate.Template template) {}

    public Previewed preview(Command command) {
        InvalidValue.requirePresent(command.unitId(), "unitId");
        InvalidValue.requirePresent(command.year(), "year");
        InvalidValue.requirePresent(command.period(), "period");
        if (command.content() == null || command.content().length == 0) {
            throw InvalidValue.required("file");
        }
        if (command.content().length > MAX_BYTES) {
            throw new InvalidValue(
                    "realization-import.too-large",
                    "file",
                    "a realization sheet has at most " + MAX_BYTES + " bytes",
                    MAX_BYTES);
        }
        return transactions.inTransaction(() -> {
            templates.requireServes(command.by(), command.unitId());
            closures.requireOpen(command.unitId(), command.year());
            RealizationTemplate.Template template = templates.read(command.unitId(), command.year(), command.period());
            RealizationImportPreview preview = RealizationImportReading.read(
                    sheets.rowsOf(command.content(), command.fileName()),
                    command.year(),
                    command.period(),
                    template.lines());
            RealizationImport sheet = new RealizationImport(
                    RealizationImportId.newId(),
                    command.unitId(),
                    command.year(),
                    command.period(),
                    command.fileName(),
                    command.content(),
                    command.by(),
                    clock.instant(),
                    null);
            imports.add(sheet);
            return new Previewed(sheet, preview, template);
        });
    }

    /** The preview of a stored sheet, read again from its file against the unit's indicators as they are now. */
    public Previewed show(String by, RealizationImportId id) {
        return transactions.inTransaction(() -> {
            RealizationImport sheet = imports.get(id);
            templates.requireServes(by, sheet.unitId());
            RealizationTemplate.Template template = templates.read(sheet.unitId(), sheet.year(), sheet.period());
            return new Previewed(
                    sheet,
                    RealizationImportReading.read(
                            sheets.rowsOf(sheet.content(), sheet.fileName()),
                            sheet.year(),
                            sheet.period(),
                            template.lines()),
                    template);
        });
    }
}
