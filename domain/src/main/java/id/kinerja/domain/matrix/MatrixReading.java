package id.kinerja.domain.matrix;

import id.kinerja.domain.indicator.Baseline;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a matrix as a person reads it. The header is the first row naming an indicator column, with the rows
 * below it that only name columns or years (a merged "Target" above "2024 | 2025 | 2026"); a row numbering the
 * columns ("(1) (2) (3)") is skipped. An objective written once for several indicators (a merged cell, or left
 * blank below) governs every row until the next. Codes may stand in their own column or lead the text
 * ("1. Meningkatkan…", "1.1 Persentase…").
 */
public final class MatrixReading {
    private static final int HEADER_SEARCH_ROWS = 15;
    private static final int MORE_HEADER_ROWS = 3;
    private static final Pattern YEAR = Pattern.compile("\\b((?:19|20|21)[0-9]{2})\\b");
    private static final Pattern NUMBERING = Pattern.compile("\\(?[0-9]{1,2}\\)?|[a-z]\\)?");
    private static final Pattern LEADING_CODE =
            Pattern.compile("^([0-9]{1,3}(?:\\.[0-9]{1,3})*)[.):]?\\s+(\\S.*)$", Pattern.DOTALL);
    private static final Pattern DOTTED_CODE = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,3})+\\.?");

    private final MatrixContext context;
    private final List<RefusedFile.FileError> refusals = new ArrayList<>();

    private MatrixReading(MatrixContext context) {
        this.context = context;
    }

    /** What the rows of a matrix say, for the unit of the context. */
    public static MatrixPreview read(List<SheetRow> rows, MatrixContext context) {
        return new MatrixReading(context).read(rows);
    }

    private MatrixPreview read(List<SheetRow> sheet) {
        List<SheetRow> rows = sheet.stream().filter(row -> !row.isBlank()).toList();
        int start = headerStart(rows);
        if (start < 0) {
            refuse(
                    rows.isEmpty() ? 0 : rows.get(0).line(),
                    null,
                    "matrix.no-header",
                    "no header row names an indicator column");
            return new MatrixPreview(0, List.of(), null, List.of(), refusals);
        }
        int end = start + 1;
        while (end < rows.size() && end - start <= MORE_HEADER_ROWS && isHeaderLike(rows.get(end))) {
            end++;
        }
        long headerLine = rows.get(start).line();
        int headerRows = end - start;
        Columns columns = columns(rows.subList(start, end), headerLine);
        while (end < rows.size() && isNumberingRow(rows.get(end))) {
            end++;
        }
        List<Year> years = List.copyOf(columns.targetYears.values());
        PlanPeriod period = planPeriodFor(rows.subList(end, rows.size()), columns, headerLine);
        List<MatrixRow> read = new ArrayList<>();
        Map<String, String[]> objectives = new LinkedHashMap<>();
        String[] objective = null;
        for (SheetRow row : rows.subList(end, rows.size())) {
            String objectiveText = row.cell(columns.index(MatrixColumn.OBJECTIVE));
            if (!objectiveText.isEmpty()) {
                objective = objectiveOf(objectiveText, objectives, row, columns);
            }
            String indicator = row.cell(columns.index(MatrixColumn.INDICATOR));
            if (indicator.isEmpty()) {
                if (objectiveText.isEmpty()) {
                    refuse(
                            row.line(),
                            columns.header(MatrixColumn.INDICATOR),
                            "matrix.indicator-missing",
                            "the row has values but no indicator");
                }
                continue;
            }
            if (objective == null) {
                refuse(
                        row.line(),
                        columns.header(MatrixColumn.OBJECTIVE),
                        "matrix.objective-missing",
                        "no objective is written for this indicator or above it");
                continue;
            }
            rowOf(row, columns, objective, period).ifPresent(read::add);
        }
        return new MatrixPreview(headerRows, years, period == null ? null : period.id(), read, refusals);
    }

    private static int headerStart(List<SheetRow> rows) {
        for (int i = 0; i < Math.min(rows.size(), HEADER_SEARCH_ROWS); i++) {
            SheetRow row = rows.get(i);
            boolean indicator = false;
            int named = 0;
            for (int c = 0; c < row.cells().size(); c++) {
                MatrixColumn column = MatrixColumn.of(row.cell(c));
                indicator |= column == MatrixColumn.INDICATOR;
                named += column == null ? 0 : 1;
            }
            // a title above the table ("MATRIKS INDIKATOR KINERJA UTAMA") names an indicator but no other column
            if (indicator && named >= 2) {
                return i;
            }
        }
        return -1;
    }

    /** A row below the header that only names columns or years, or numbers them. */
    private static boolean isHeaderLike(SheetRow row) {
        boolean names = false;
        for (int c = 0; c < row.cells().size(); c++) {
            String cell = row.cell(c);
            if (cell.isEmpty()) {
                continue;
            }
            if (cell.length() > 60 || MatrixColumn.of(cell) == null) {
                return false;
            }
            names = true;
        }
        return names && !isNumberingRow(row);
    }

    private static boolean isNumberingRow(SheetRow row) {
        return row.cells().stream()
                .map(String::strip)
                .filter(cell -> !cell.isEmpty())
                .allMatch(
                        cell -> NUMBERING.matcher(cell.toLowerCase(Locale.ROOT)).matches());
    }

    /** The columns the header rows name; a column's header is the words of all header rows above it. */
    private Columns columns(List<SheetRow> header, long headerLine) {
        Columns columns = new Columns();
        int width = header.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
        String[][] cells = new String[header.size()][width];
        for (int r = 0; r < header.size(); r++) {
            for (int c = 0; c < width; c++) {
                cells[r][c] = header.get(r).cell(c);
                // a header cell merged over the columns to its right ("Target" over 2024 | 2025 | 2026) is blank
                // there in a CSV: it stands over every column below it that the rows beneath name
                boolean namedBelow =
                        r + 1 < header.size() && !header.get(r + 1).cell(c).isEmpty();
                if (cells[r][c].isEmpty()
                        && c > 0
                        && namedBelow
                        && !cells[r][c - 1].isEmpty()
                        && r + 1 < header.size()
                        && !header.get(r + 1).cell(c - 1).isEmpty()) {
                    cells[r][c] = cells[r][c - 1];
                }
            }
        }
        for (int c = 0; c < width; c++) {
            List<String> words = new ArrayList<>();
            for (String[] row : cells) {
                String cell = row[c];
                if (!cell.isEmpty()) {
                    words.add(cell);
                }
            }
            String text = String.join(" ", words).replaceAll("\\s+", " ");
            MatrixColumn kind = MatrixColumn.of(text);
            if (kind == null) {
                continue;
            }
            columns.headers.put(c, text);
            if (kind == MatrixColumn.TARGET) {
                Matcher year = YEAR.matcher(text);
                if (!year.find()) {
                    refuse(headerLine, text, "matrix.target-without-year", "a target column names no year", text);
                    continue;
                }
                columns.targetYears.put(c, Year.of(Integer.parseInt(year.group(1))));
            } else if (kind == MatrixColumn.BASELINE) {
                columns.put(kind, c);
                Matcher year = YEAR.matcher(text);
                columns.baselineYear = year.find() ? Year.of(Integer.parseInt(year.group(1))) : null;
            } else {
                columns.put(kind, c);
            }
        }
        if (columns.index(MatrixColumn.OBJECTIVE) < 0) {
            refuse(headerLine, null, "matrix.column-missing", "no column holds the objectives (Sasaran)", "Sasaran");
        }
        if (columns.targetYears.isEmpty()) {
            refuse(headerLine, null, "matrix.column-missing", "no column holds a target per year", "Target");
        }
        return columns;
    }

    /** The unit's plan period covering every year that has a target written. */
    private PlanPeriod planPeriodFor(List<SheetRow> data, Columns columns, long headerLine) {
        List<Year> used = columns.targetYears.entrySet().stream()
                .filter(column ->
                        data.stream().anyMatch(row -> !row.cell(column.getKey()).isEmpty()))
                .map(Map.Entry::getValue)
                .toList();
        if (used.isEmpty()) {
            return null;
        }
        Optional<PlanPeriod> covering = context.planPeriods().stream()
                .filter(period -> used.stream().allMatch(period::covers))
                .findFirst();
        if (covering.isEmpty()) {
            refuse(
                    headerLine,
                    null,
                    "matrix.no-plan-period",
                    "no plan period of the unit covers the years " + used.get(0) + "–" + used.get(used.size() - 1),
                    used.get(0).value(),
                    used.get(used.size() - 1).value());
        }
        return covering.orElse(null);
    }

    private String[] objectiveOf(String text, Map<String, String[]> known, SheetRow row, Columns columns) {
        String normalized = text.replaceAll("\\s+", " ").strip();
        String[] existing = known.get(normalized);
        if (existing != null) {
            return existing;
        }
        Matcher coded = LEADING_CODE.matcher(normalized);
        String code = coded.matches() ? coded.group(1) : String.valueOf(known.size() + 1);
        String statement = coded.matches() ? coded.group(2).strip() : normalized;
        if (known.values().stream().anyMatch(other -> other[0].equals(code))) {
            refuse(
                    row.line(),
                    columns.header(MatrixColumn.OBJECTIVE),
                    "matrix.objective-code-twice",
                    "two different objectives are numbered " + code,
                    code);
        }
        String[] objective = {code, statement};
        known.put(normalized, objective);
        return objective;
    }

    private Optional<MatrixRow> rowOf(SheetRow row, Columns columns, String[] objective, PlanPeriod period) {
        int errorsBefore = refusals.size();
        List<MatrixNote> notes = new ArrayList<>();
        String name = row.cell(columns.index(MatrixColumn.INDICATOR)).replaceAll("\\s+", " ");
        String code = row.cell(columns.index(MatrixColumn.CODE));
        if (code.isEmpty()
                && DOTTED_CODE
                        .matcher(row.cell(columns.index(MatrixColumn.NUMBER)))
                        .matches()) {
            code = row.cell(columns.index(MatrixColumn.NUMBER));
        }
        if (code.isEmpty() && columns.index(MatrixColumn.CODE) < 0) {
            Matcher leading = LEADING_CODE.matcher(name);
            if (leading.matches()) {
                code = leading.group(1);
                name = leading.group(2).strip();
            }
        }
        code = code.endsWith(".") ? code.substring(0, code.length() - 1) : code;
        String unit = row.cell(columns.index(MatrixColumn.UNIT));
        String unitHeader = columns.header(MatrixColumn.UNIT);

        Map<Year, WrittenValue> written = new TreeMap<>();
        for (Map.Entry<Integer, Year> column : columns.targetYears.entrySet()) {
            String header = columns.headers.get(column.getKey());
            try {
                WrittenValue value =
                        WrittenValue.read(row.cell(column.getKey()), row.isNumberCell(column.getKey()), "target");
                written.put(column.getValue(), value);
                noteValue(value, header, unit, notes);
            } catch (DomainException e) {
                refuse(row.line(), header, e);
            }
        }
        if (unit.isEmpty()) {
            unit = written.values().stream()
                    .map(WrittenValue::unit)
                    .filter(u -> u != null)
                    .findFirst()
                    .orElse("");
        }
        boolean anyNumber = written.values().stream()
                .anyMatch(v -> v.value() != null && !(v.value() instanceof TargetValue.Qualitative));
        boolean anyWords = written.values().stream().anyMatch(v -> v.value() instanceof TargetValue.Qualitative);
        if (anyNumber && anyWords) {
            for (Map.Entry<Integer, Year> column : columns.targetYears.entrySet()) {
                WrittenValue value = written.get(column.getValue());
                if (value != null && value.value() instanceof TargetValue.Qualitative) {
                    refuse(
                            row.line(),
                            columns.headers.get(column.getKey()),
                            "matrix.words-among-numbers",
                            "'" + value.written() + "' is words among number targets",
                            value.written());
                }
            }
        }
        IndicatorKind kind = kindOf(name, unit, anyWords && !anyNumber);
        boolean ranges = written.values().stream().anyMatch(v -> v.value() instanceof TargetValue.Range);
        Polarity polarity;
        MatrixRow.DirectionSource source;
        Optional<Polarity> stated = DirectionWords.stated(row.cell(columns.index(MatrixColumn.DIRECTION)));
        Optional<String> lowerWords = DirectionWords.lowerImpliedBy(name);
        if (kind == IndicatorKind.QUALITATIVE) {
            polarity = Polarity.QUALITATIVE;
            source = MatrixRow.DirectionSource.FROM_KIND;
        } else if (stated.isPresent() && stated.get() != Polarity.QUALITATIVE) {
            polarity = stated.get();
            source = MatrixRow.DirectionSource.STATED;
        } else if (kind == IndicatorKind.SATISFACTION_INDEX) {
            polarity = Polarity.HIGHER_IS_BETTER;
            source = MatrixRow.DirectionSource.FROM_KIND;
        } else if (ranges) {
            polarity = Polarity.STABILIZE;
            source = MatrixRow.DirectionSource.FROM_TARGETS;
            notes.add(note(
                    columns.header(MatrixColumn.INDICATOR),
                    "matrix.doubt.direction-from-targets",
                    "the targets are ranges: the indicator is proposed as one to keep within them"));
        } else if (lowerWords.isPresent()) {
            polarity = Polarity.LOWER_IS_BETTER;
            source = MatrixRow.DirectionSource.FROM_NAME;
            notes.add(note(
                    columns.header(MatrixColumn.INDICATOR),
                    "matrix.doubt.direction-from-name",
                    "'" + lowerWords.get() + "' in the name suggests lower is better; please confirm",
                    lowerWords.get()));
        } else {
            polarity = Polarity.HIGHER_IS_BETTER;
            source = MatrixRow.DirectionSource.ASSUMED;
            notes.add(note(
                    columns.header(MatrixColumn.INDICATOR),
                    "matrix.doubt.direction-assumed",
                    "nothing states the direction: higher is better is assumed; please confirm"));
        }
        if (!row.cell(columns.index(MatrixColumn.DIRECTION)).isEmpty() && stated.isEmpty()) {
            refuse(
                    row.line(),
                    columns.header(MatrixColumn.DIRECTION),
                    "matrix.direction-unreadable",
                    "the direction '" + row.cell(columns.index(MatrixColumn.DIRECTION)) + "' is not understood",
                    row.cell(columns.index(MatrixColumn.DIRECTION)));
        }

        Baseline baseline = baselineOf(row, columns, period, notes);
        OrganizationUnitId responsible = responsibleOf(row, columns, notes);
        List<Year> notApplicable = written.entrySet().stream()
                .filter(entry -> entry.getValue().notApplicable())
                .map(Map.Entry::getKey)
                .toList();
        if (refusals.size() > errorsBefore) {
            return Optional.empty();
        }
        try {
            IndicatorDefinition definition = new IndicatorDefinition(
                    code,
                    name,
                    row.cell(columns.index(MatrixColumn.DEFINITION)),
                    row.cell(columns.index(MatrixColumn.FORMULA)),
                    unit,
                    kind,
                    polarity,
                    null,
                    row.cell(columns.index(MatrixColumn.DATA_SOURCE)),
                    responsible,
                    MeasurementFrequency.ANNUAL,
                    null,
                    baseline,
                    List.of(),
                    null);
            List<Target> targets = new ArrayList<>();
            for (Map.Entry<Integer, Year> column : columns.targetYears.entrySet()) {
                WrittenValue value = written.get(column.getValue());
                if (value == null || value.value() == null) {
                    continue;
                }
                try {
                    if (value.value() instanceof TargetValue.Numeric numeric) {
                        definition.effectiveRange().require(numeric.amount(), "value");
                    }
                    if (period != null && !period.covers(column.getValue())) {
                        continue;
                    }
                    targets.add(new Target(column.getValue(), value.value(), value.category()));
                } catch (DomainException e) {
                    refuse(row.line(), columns.headers.get(column.getKey()), e);
                }
            }
            if (refusals.size() > errorsBefore) {
                return Optional.empty();
            }
            return Optional.of(new MatrixRow(
                    row.line(), objective[0], objective[1], definition, targets, notApplicable, source, notes));
        } catch (DomainException e) {
            refuse(row.line(), columns.headerFor(e.field().orElse("")), e);
            return Optional.empty();
        }
    }

    private void noteValue(WrittenValue value, String header, String unit, List<MatrixNote> notes) {
        for (String doubt : value.notes()) {
            switch (doubt) {
                case WrittenValue.UNIT_SPLIT ->
                    notes.add(note(
                            header,
                            doubt,
                            "'" + value.written() + "': the unit '" + value.unit() + "' was split from the number"
                                    + (unit.isEmpty() || unit.equalsIgnoreCase(value.unit())
                                            ? ""
                                            : " (the unit column says '" + unit + "')"),
                            value.written(),
                            value.value().display(),
                            value.unit()));
                case WrittenValue.DOT_AS_THOUSANDS ->
                    notes.add(note(
                            header,
                            doubt,
                            "'" + value.written() + "' was read as "
                                    + value.value().display() + ": the dot groups thousands",
                            value.written(),
                            value.value().display()));
                default ->
                    notes.add(note(
                            header,
                            doubt,
                            "'" + value.written() + "' was read as "
                                    + value.value().display() + ": the dot is a decimal point",
                            value.written(),
                            value.value().display()));
            }
        }
        if (value.notApplicable()) {
            notes.add(note(
                    header,
                    "matrix.doubt.not-applicable",
                    "'" + value.written() + "': no target this year (not applicable), not zero",
                    value.written()));
        }
    }

    private static IndicatorKind kindOf(String name, String unit, boolean words) {
        if (words) {
            return IndicatorKind.QUALITATIVE;
        }
        String lowerName = name.toLowerCase(Locale.ROOT);
        boolean satisfaction = lowerName.contains("kepuasan masyarakat") || lowerName.matches(".*\\bikm\\b.*");
        return satisfaction && unit.toLowerCase(Locale.ROOT).contains("indeks")
                ? IndicatorKind.SATISFACTION_INDEX
                : IndicatorKind.NUMERIC;
    }

    private Baseline baselineOf(SheetRow row, Columns columns, PlanPeriod period, List<MatrixNote> notes) {
        int column = columns.index(MatrixColumn.BASELINE);
        String header = columns.header(MatrixColumn.BASELINE);
        try {
            WrittenValue value = WrittenValue.read(row.cell(column), row.isNumberCell(column), "baseline");
            if (value.notApplicable()) {
                notes.add(note(
                        header,
                        "matrix.doubt.not-applicable",
                        "'" + value.written() + "': no baseline (not applicable), not zero",
                        value.written()));
                return null;
            }
            if (!(value.value() instanceof TargetValue.Numeric numeric)) {
                if (value.value() != null) {
                    notes.add(note(
                            header,
                            "matrix.doubt.baseline-not-kept",
                            "the baseline '" + value.written() + "' is not one number and is not kept",
                            value.written()));
                }
                return null;
            }
            noteValue(value, header, "", notes);
            Year year = columns.baselineYear;
            if (year == null) {
                Year first = period != null
                        ? period.firstYear()
                        : columns.targetYears.values().stream()
                                .min(Year::compareTo)
                                .orElse(null);
                if (first == null) {
                    return null;
                }
                year = Year.of(first.value() - 1);
                notes.add(note(
                        header,
                        "matrix.doubt.baseline-year-assumed",
                        "the header names no year for the baseline: " + year.value() + " is assumed",
                        year.value()));
            }
            return new Baseline(numeric.amount(), year);
        } catch (DomainException e) {
            refuse(row.line(), header, e);
            return null;
        }
    }

    private OrganizationUnitId responsibleOf(SheetRow row, Columns columns, List<MatrixNote> notes) {
        String written = row.cell(columns.index(MatrixColumn.RESPONSIBLE)).replaceAll("\\s+", " ");
        if (written.isEmpty()) {
            return context.unitId();
        }
        Optional<UnitOutline> named = context.unitAndBelow().stream()
                .filter(unit -> unit.name().replaceAll("\\s+", " ").equalsIgnoreCase(written))
                .findFirst();
        if (named.isEmpty()) {
            notes.add(note(
                    columns.header(MatrixColumn.RESPONSIBLE),
                    "matrix.doubt.responsible-unknown",
                    "'" + written + "' is not a sub-unit of this unit: the unit itself is made responsible",
                    written));
        }
        return named.map(UnitOutline::id).orElse(context.unitId());
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

    /** Which column holds what, and the header of each as written. */
    private static final class Columns {
        private final Map<MatrixColumn, Integer> indexes = new EnumMap<>(MatrixColumn.class);
        private final Map<Integer, String> headers = new TreeMap<>();
        private final Map<Integer, Year> targetYears = new TreeMap<>();
        private Year baselineYear;

        void put(MatrixColumn kind, int column) {
            indexes.putIfAbsent(kind, column);
        }

        int index(MatrixColumn kind) {
            return indexes.getOrDefault(kind, -1);
        }

        String header(MatrixColumn kind) {
            return headers.get(index(kind));
        }

        /** The column a domain refusal's field points at. */
        String headerFor(String field) {
            return switch (field) {
                case "name" -> header(MatrixColumn.INDICATOR);
                case "code" ->
                    header(MatrixColumn.CODE) != null ? header(MatrixColumn.CODE) : header(MatrixColumn.INDICATOR);
                case "definition" -> header(MatrixColumn.DEFINITION);
                case "formula" -> header(MatrixColumn.FORMULA);
                case "unitOfMeasure" -> header(MatrixColumn.UNIT);
                case "dataSource" -> header(MatrixColumn.DATA_SOURCE);
                case "polarity" -> header(MatrixColumn.DIRECTION);
                default -> field.startsWith("baseline") ? header(MatrixColumn.BASELINE) : null;
            };
        }
    }
}
