package id.kinerja.domain.agreement;

import id.kinerja.domain.matrix.MatrixSheets;
import id.kinerja.domain.matrix.SheetRow;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.user.Actor;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A planner of the unit fills Kinerja's budget sheet of a PK version (one row per programme or activity, its
 * pagu and its realisasi) and uploads it: every row is read by the one Indonesian number rule (ADR 0015), and
 * the sheet is entered whole through {@link EnterBudgetRealization}, or refused whole with every error named by
 * row and column (ADR 0038). An empty Realisasi cell is "belum diisi", never 0; an empty Pagu cell keeps the PK's
 * budget.
 */
public final class ImportBudgetRealization {
    public static final String CODE_COLUMN = "Kode";
    public static final String CEILING_COLUMN = "Pagu (Rp)";
    public static final String REALIZED_COLUMN = "Realisasi (Rp)";
    /** A budget sheet is a few kilobytes; this bounds what is read into memory. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private final PerformanceAgreements agreements;
    private final UnitStewards stewards;
    private final MatrixSheets sheets;
    private final EnterBudgetRealization enter;

    public ImportBudgetRealization(
            PerformanceAgreements agreements,
            UnitStewards stewards,
            MatrixSheets sheets,
            EnterBudgetRealization enter) {
        this.agreements = agreements;
        this.stewards = stewards;
        this.sheets = sheets;
        this.enter = enter;
    }

    public BudgetRealization importFile(PerformanceAgreementId id, String fileName, byte[] content, Actor by) {
        Agreements.requirePlanner(InvalidValue.requirePresent(by, "by"));
        PerformanceAgreement agreement =
                agreements.find(id).orElseThrow(() -> new NotFound("performance agreement", id.value()));
        stewards.requirePlans(by, agreement.unitId());
        if (content == null || content.length == 0) {
            throw refused(List.of(error(0, null, "file.empty", List.of(), "the file is empty")));
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidValue(
                    "budget-import.too-large", "file", "a budget sheet has at most " + MAX_BYTES + " bytes", MAX_BYTES);
        }
        return enter.enter(id, lines(agreement, sheets.rowsOf(content, fileName)), by);
    }

    /** The sheet's rows as entry lines, or the refusal of the whole sheet with every error found. */
    static List<EnterBudgetRealization.Line> lines(PerformanceAgreement agreement, List<SheetRow> rows) {
        int headerAt = -1;
        Columns columns = null;
        for (int r = 0; r < rows.size() && columns == null; r++) {
            columns = Columns.of(rows.get(r));
            headerAt = r;
        }
        if (columns == null) {
            throw refused(List.of(error(
                    0, null, "budget-import.no-header", List.of(), "no row names a “Kode” and a “Realisasi” column")));
        }
        Map<String, AgreementProgramme> programmes = new HashMap<>();
        agreement.programmes().forEach(programme -> programmes.put(programme.code(), programme));
        Map<String, Long> seenAt = new HashMap<>();
        List<RefusedFile.FileError> errors = new ArrayList<>();
        List<EnterBudgetRealization.Line> lines = new ArrayList<>();
        for (SheetRow row : rows.subList(headerAt + 1, rows.size())) {
            String code = row.cell(columns.code());
            if (code.isEmpty()) {
                continue;
            }
            long line = row.line();
            AgreementProgramme programme = programmes.get(code);
            if (programme == null) {
                errors.add(error(
                        line,
                        CODE_COLUMN,
                        "budget.unknown-programme",
                        List.of(line, code),
                        "row " + line + " names no programme of the PK: " + code));
                continue;
            }
            Long earlier = seenAt.putIfAbsent(code, line);
            if (earlier != null) {
                errors.add(
                        error(line, CODE_COLUMN, "budget.twice", List.of(earlier, code), code + " is entered twice"));
                continue;
            }
            BigDecimal ceiling = amount(row, columns.ceiling(), CEILING_COLUMN, errors);
            BigDecimal realized = amount(row, columns.realized(), REALIZED_COLUMN, errors);
            lines.add(new EnterBudgetRealization.Line(code, ceiling, realized));
        }
        if (!errors.isEmpty()) {
            throw refused(errors);
        }
        if (lines.isEmpty()) {
            throw refused(List.of(error(
                    0, CODE_COLUMN, "budget-import.nothing", List.of(), "the sheet names no programme of the PK")));
        }
        return lines;
    }

    /** A rupiah amount as written in the cell; null when the cell is empty or its column absent. */
    private static BigDecimal amount(SheetRow row, int column, String header, List<RefusedFile.FileError> errors) {
        String written = column < 0 ? "" : row.cell(column);
        if (written.isEmpty()) {
            return null;
        }
        try {
            // the same rule as a line entered by hand: zero or more rupiah, to the sen
            return BudgetLine.rupiah(IndonesianNumber.parse(stripRupiah(written), header), header);
        } catch (InvalidValue refused) {
            errors.add(error(row.line(), header, refused.code(), refused.arguments(), refused.getMessage()));
            return null;
        }
    }

    /** "Rp 1.500.000" and "Rp1.500.000" are read as "1.500.000": the currency is the column's. */
    private static String stripRupiah(String written) {
        String text = written.strip();
        return text.regionMatches(true, 0, "Rp", 0, 2) ? text.substring(2).strip() : text;
    }

    private static RefusedFile.FileError error(
            long row, String column, String code, List<Object> arguments, String englishMessage) {
        return new RefusedFile.FileError(row, column, code, arguments, englishMessage);
    }

    private static RefusedFile refused(List<RefusedFile.FileError> errors) {
        return new RefusedFile(errors.subList(0, Math.min(errors.size(), RefusedFile.REPORTED_ERRORS)), errors.size());
    }

    /** Where the header row puts the code, the ceiling (-1: absent) and the spending. */
    private record Columns(int code, int ceiling, int realized) {
        static Columns of(SheetRow row) {
            int code = -1;
            int ceiling = -1;
            int realized = -1;
            for (int c = 0; c < row.cells().size(); c++) {
                String name = row.cell(c).toLowerCase(Locale.ROOT);
                if (name.equals("kode") && code < 0) {
                    code = c;
                } else if (name.startsWith("pagu") && ceiling < 0) {
                    ceiling = c;
                } else if (name.startsWith("realisasi") && realized < 0) {
                    realized = c;
                }
            }
            return code >= 0 && realized >= 0 ? new Columns(code, ceiling, realized) : null;
        }
    }
}
