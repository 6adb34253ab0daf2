package id.kinerja.domain.realizationimport;

import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.matrix.MatrixNote;
import id.kinerja.domain.matrix.SheetRow;
import id.kinerja.domain.matrix.WrittenValue;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a realization sheet as a person reads it, against the unit's indicators of the period: the header row is
 * found by its "Indikator" and "Realisasi" columns wherever it is; each row names its indicator by the template's
 * indicator id, else its code, else its name; each value goes through the matrix import's cell reader and so
 * through the one number reader (ADR 0015). Pure: the same file and indicators give the same preview, at upload
 * and at commit.
 */
public final class RealizationImportReading {
    /** The period as the template writes it, in the Indonesian of the offices. */
    public static final Map<ReportingPeriod, String> PERIOD_WORDS = periodWords();

    /** The column headers the template writes. */
    public static final String ID_COLUMN = "ID indikator";

    public static final String VALUE_COLUMN = "Realisasi";
    public static final String NOTE_COLUMN = "Catatan";
    public static final String YEAR_LABEL = "Tahun";
    public static final String PERIOD_LABEL = "Periode";

    /** The longest words a qualitative realization keeps. */
    private static final int MAX_WORDS = 500;

    private final Year year;
    private final ReportingPeriod period;
    private final List<TemplateLine> lines;
    private final List<ImportRow> rows = new ArrayList<>();
    private final List<RefusedFile.FileError> refusals = new ArrayList<>();

    private RealizationImportReading(Year year, ReportingPeriod period, List<TemplateLine> lines) {
        this.year = year;
        this.period = period;
        this.lines = lines;
    }

    public static RealizationImportPreview read(
            List<SheetRow> sheet, Year year, ReportingPeriod period, List<TemplateLine> lines) {
        RealizationImportReading reading = new RealizationImportReading(year, period, List.copyOf(lines));
        reading.readAll(sheet);
        return new RealizationImportPreview(reading.rows, reading.refusals);
    }

    private void readAll(List<SheetRow> sheet) {
        int header = -1;
        for (int i = 0; i < sheet.size() && header < 0; i++) {
            SheetRow row = sheet.get(i);
            if (column(row, "indikator") >= 0 && column(row, "realisasi") >= 0) {
                header = i;
            } else {
                checkStatedPeriod(row);
            }
        }
        if (header < 0) {
            refuse(0, null, "realization-import.no-header", "no header row names an Indikator and a Realisasi column");
            return;
        }
        SheetRow names = sheet.get(header);
        Columns columns = new Columns(
                names,
                column(names, "indikator"),
                column(names, "realisasi"),
                firstOf(names, "id indikator", "id"),
                column(names, "kode"),
                firstOf(names, "catatan", "keterangan"));
        Map<UUID, Long> seen = new HashMap<>();
        for (SheetRow row : sheet.subList(header + 1, sheet.size())) {
            if (!row.isBlank()) {
                readRow(row, columns, seen);
            }
        }
    }

    /** The title rows the template writes ("Tahun | 2024", "Periode | Tahunan") must match the upload's. */
    private void checkStatedPeriod(SheetRow row) {
        String label = row.cell(0).toLowerCase(Locale.ROOT);
        String stated = row.cell(1);
        if (stated.isEmpty()) {
            return;
        }
        if (label.equals(YEAR_LABEL.toLowerCase(Locale.ROOT))
                && !stated.replace(".", "").equals(Integer.toString(year.value()))) {
            refuse(
                    row.line(),
                    YEAR_LABEL,
                    "realization-import.other-year",
                    "the sheet is for the year " + stated + ", the upload for " + year.value(),
                    stated,
                    year.value());
        }
        if (label.equals(PERIOD_LABEL.toLowerCase(Locale.ROOT))
                && !stated.equalsIgnoreCase(PERIOD_WORDS.get(period))
                && !stated.equalsIgnoreCase(period.name())) {
            refuse(
                    row.line(),
                    PERIOD_LABEL,
                    "realization-import.other-period",
                    "the sheet is for the period " + stated + ", the upload for " + PERIOD_WORDS.get(period),
                    stated,
                    PERIOD_WORDS.get(period));
        }
    }

    private void readRow(SheetRow row, Columns columns, Map<UUID, Long> seen) {
        String name = row.cell(columns.indicator);
        String written = row.cell(columns.value);
        String note = columns.note < 0 ? "" : row.cell(columns.note);
        Optional<TemplateLine> named = lineOf(row, columns);
        List<MatrixNote> doubts = new ArrayList<>();
        if (named.isEmpty()) {
            if (written.isEmpty() || written.matches("[-–—]+")) {
                return; // a row of words under the table (a signature, a remark) with no value
            }
            doubts.add(note(
                    columns.header(columns.indicator),
                    "realization-import.doubt.not-in-unit",
                    "'" + name + "' is not an indicator of this unit realized in this period: the row is skipped",
                    name.isEmpty() ? "—" : name));
            rows.add(skipped(row, null, name, written, note, doubts));
            return;
        }
        TemplateLine line = named.get();
        IndicatorDefinition definition = line.indicator().definition();
        WrittenValue value;
        try {
            value = definition.kind() == IndicatorKind.QUALITATIVE
                    ? qualitative(written)
                    : WrittenValue.read(written, row.isNumberCell(columns.value), VALUE_COLUMN);
        } catch (DomainException e) {
            refuse(row.line(), columns.header(columns.value), e);
            return;
        }
        if (!value.isPresent()) {
            rows.add(skipped(row, line, definition.name(), written, note, List.of()));
            return;
        }
        Long earlier = seen.putIfAbsent(line.indicator().id().value(), row.line());
        if (earlier != null) {
            refuse(
                    row.line(),
                    columns.header(columns.indicator),
                    "realization-import.indicator-twice",
                    "'" + definition.name() + "' has a value in row " + earlier + " already",
                    definition.name(),
                    earlier);
            return;
        }
        if (value.notApplicable()) {
            doubts.add(note(
                    columns.header(columns.value),
                    "realization-import.doubt.not-applicable",
                    "'" + written + "': not applicable, no realization is recorded (not zero)",
                    written));
            rows.add(skipped(row, line, definition.name(), written, note, doubts));
            return;
        }
        int refusalsBefore = refusals.size();
        BigDecimal amount = null;
        String words = null;
        if (definition.kind() == IndicatorKind.QUALITATIVE) {
            words = written;
            if (words.length() > MAX_WORDS) {
                refuse(
                        row.line(),
                        columns.header(columns.value),
                        "realization.words-too-long",
                        "a qualitative realization has at most " + MAX_WORDS + " characters",
                        MAX_WORDS);
            }
        } else {
            amount = number(row, columns, definition, value, doubts);
        }
        if (refusals.size() > refusalsBefore) {
            return;
        }
        Optional<Realization> current = line.currentRealization();
        ImportRow.Action action = ImportRow.Action.RECORD;
        if (current.isPresent()) {
            ReviewStatus status = current.get().status();
            if (status == ReviewStatus.SUBMITTED || status == ReviewStatus.VERIFIED) {
                doubts.add(note(
                        columns.header(columns.value),
                        status == ReviewStatus.VERIFIED
                                ? "realization-import.doubt.verified"
                                : "realization-import.doubt.submitted",
                        "the realization of this period is " + status + " already: the row is skipped",
                        shown(current.get())));
                action = ImportRow.Action.SKIP;
            } else {
                doubts.add(note(
                        columns.header(columns.value),
                        "realization-import.doubt.replaces-draft",
                        "a draft realization of this period exists (" + shown(current.get())
                                + "): its value is replaced",
                        shown(current.get())));
                action = ImportRow.Action.REVISE;
            }
        }
        rows.add(new ImportRow(
                row.line(),
                line.indicator().id(),
                definition.name(),
                written,
                amount,
                words,
                note,
                action,
                action == ImportRow.Action.REVISE ? current.get().id() : null,
                doubts));
    }

    /** A qualitative indicator's cell: nothing, "N/A", or words (even words that begin with a digit). */
    private static WrittenValue qualitative(String written) {
        boolean numeric = written.matches("-?[0-9].*");
        WrittenValue probe = WrittenValue.read(numeric ? "" : written, false, VALUE_COLUMN);
        if (!numeric && (probe.notApplicable() || !probe.isPresent())) {
            return probe;
        }
        return new WrittenValue(written, new TargetValue.Qualitative(written), false, null, null, List.of());
    }

    /** The number of a numeric indicator's row, its doubts noted; refused (and null) when it is not one number. */
    private BigDecimal number(
            SheetRow row,
            Columns columns,
            IndicatorDefinition definition,
            WrittenValue value,
            List<MatrixNote> doubts) {
        String header = columns.header(columns.value);
        if (value.value() instanceof TargetValue.Range) {
            refuse(
                    row.line(),
                    header,
                    "realization-import.range",
                    "'" + value.written() + "' is a range; a realization is one number",
                    value.written());
            return null;
        }
        if (!(value.value() instanceof TargetValue.Numeric numeric)) {
            refuse(
                    row.line(),
                    header,
                    "realization-import.words-for-number",
                    "'" + value.written() + "' is words; this indicator is realized as a number",
                    value.written());
            return null;
        }
        BigDecimal amount = numeric.amount();
        String unit = definition.unitOfMeasure() == null ? "" : definition.unitOfMeasure();
        if (value.unit() != null && value.unit().equals("%") && !definition.measuredInPercent()) {
            refuse(
                    row.line(),
                    header,
                    "realization-import.percent-not-percentage",
                    "'" + value.written() + "' is written in percent, but the indicator is measured in " + unit,
                    value.written(),
                    unit.isEmpty() ? "—" : unit);
            return null;
        }
        try {
            definition.effectiveRange().require(amount, header);
            TargetValue.requirePrecision(amount, header);
        } catch (DomainException e) {
            refuse(row.line(), header, e);
            return null;
        }
        for (String doubt : value.notes()) {
            String shown = IndonesianNumber.format(amount);
            if (doubt.equals(WrittenValue.UNIT_SPLIT)) {
                boolean sameUnit = value.unit().equalsIgnoreCase(unit)
                        || value.unit().equals("%") && definition.measuredInPercent();
                doubts.add(
                        sameUnit
                                ? note(
                                        header,
                                        doubt,
                                        "'" + value.written() + "': the unit '" + value.unit()
                                                + "' was split from the number",
                                        value.written(),
                                        shown,
                                        value.unit())
                                : note(
                                        header,
                                        "realization-import.doubt.other-unit",
                                        "'" + value.written() + "': the unit '" + value.unit()
                                                + "' differs from the indicator's '" + unit + "'; " + shown
                                                + " is taken",
                                        value.written(),
                                        value.unit(),
                                        unit.isEmpty() ? "—" : unit,
                                        shown));
            } else {
                doubts.add(note(
                        header,
                        doubt,
                        "'" + value.written() + "' was read as " + shown
                                + (doubt.equals(WrittenValue.DOT_AS_THOUSANDS)
                                        ? ": the dot groups thousands"
                                        : ": the dot is a decimal point"),
                        value.written(),
                        shown));
            }
        }
        return amount;
    }

    private static String shown(Realization realization) {
        return realization
                .value()
                .number()
                .map(IndonesianNumber::format)
                .orElse(realization.value().text());
    }

    /** The unit's indicator the row names: by the template's id, else the code, else the name. */
    private Optional<TemplateLine> lineOf(SheetRow row, Columns columns) {
        if (columns.id >= 0 && !row.cell(columns.id).isEmpty()) {
            try {
                UUID id = UUID.fromString(row.cell(columns.id));
                Optional<TemplateLine> byId = lines.stream()
                        .filter(line -> line.indicator().id().value().equals(id))
                        .findFirst();
                if (byId.isPresent()) {
                    return byId;
                }
            } catch (IllegalArgumentException notAnId) {
                // named by its code or name below
            }
        }
        String code = columns.code < 0 ? "" : row.cell(columns.code);
        if (!code.isEmpty()) {
            Optional<TemplateLine> byCode = lines.stream()
                    .filter(line ->
                            code.equalsIgnoreCase(line.indicator().definition().code()))
                    .findFirst();
            if (byCode.isPresent()) {
                return byCode;
            }
        }
        String name = normalized(row.cell(columns.indicator));
        if (name.isEmpty()) {
            return Optional.empty();
        }
        return lines.stream()
                .filter(line -> normalized(line.indicator().definition().name()).equals(name))
                .findFirst();
    }

    private static String normalized(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private ImportRow skipped(
            SheetRow row, TemplateLine line, String name, String written, String note, List<MatrixNote> doubts) {
        return new ImportRow(
                row.line(),
                line == null ? null : line.indicator().id(),
                name,
                written,
                null,
                null,
                note,
                ImportRow.Action.SKIP,
                null,
                doubts);
    }

    private static int column(SheetRow row, String startsWith) {
        for (int c = 0; c < row.cells().size(); c++) {
            if (row.cell(c).toLowerCase(Locale.ROOT).startsWith(startsWith)) {
                return c;
            }
        }
        return -1;
    }

    private static int firstOf(SheetRow row, String... headers) {
        for (String header : headers) {
            for (int c = 0; c < row.cells().size(); c++) {
                if (row.cell(c).equalsIgnoreCase(header)
                        || row.cell(c).toLowerCase(Locale.ROOT).startsWith(header + " ")) {
                    return c;
                }
            }
        }
        return -1;
    }

    private static MatrixNote note(String column, String code, String english, Object... arguments) {
        return new MatrixNote(column, code, List.of(arguments), english);
    }

    private void refuse(long line, String column, String code, String english, Object... arguments) {
        refusals.add(new RefusedFile.FileError(line, column, code, List.of(arguments), english));
    }

    private void refuse(long line, String column, DomainException e) {
        refusals.add(new RefusedFile.FileError(line, column, e.code(), e.arguments(), e.getMessage()));
    }

    /** Which column holds what, with the headers as written. */
    private record Columns(SheetRow names, int indicator, int value, int id, int code, int note) {
        String header(int column) {
            return names.cell(column);
        }
    }

    private static Map<ReportingPeriod, String> periodWords() {
        Map<ReportingPeriod, String> words = new EnumMap<>(ReportingPeriod.class);
        words.put(ReportingPeriod.ANNUAL, "Tahunan");
        words.put(ReportingPeriod.S1, "Semester I");
        words.put(ReportingPeriod.S2, "Semester II");
        words.put(ReportingPeriod.Q1, "Triwulan I");
        words.put(ReportingPeriod.Q2, "Triwulan II");
        words.put(ReportingPeriod.Q3, "Triwulan III");
        words.put(ReportingPeriod.Q4, "Triwulan IV");
        return Map.copyOf(words);
    }
}
