package id.kinerja.documents.budget;

import id.kinerja.documents.render.FillInSheet;
import id.kinerja.domain.agreement.BudgetLine;
import id.kinerja.domain.agreement.BudgetRealization;
import id.kinerja.domain.agreement.ImportBudgetRealization;
import id.kinerja.domain.shared.IndonesianNumber;
import java.util.List;

/**
 * The budget sheet of a PK version, pre-filled: the unit, year and version above the table, one row per programme
 * or activity with its code, name, pagu (the entered ceiling, else the PK's budget) and the spending entered so
 * far. Pagu and Realisasi are text cells written the Indonesian way ("1.500.000.000"), so that whatever Excel's
 * locale, the import reads what the planner sees by the one number rule (ADR 0015).
 */
public final class BudgetSheetWorkbook {
    /** The row (counted from 0) of the table's header. */
    static final int HEADER_ROW = 5;

    private static final List<String> HEADERS = List.of(
            "No",
            ImportBudgetRealization.CODE_COLUMN,
            "Program / Kegiatan",
            ImportBudgetRealization.CEILING_COLUMN,
            ImportBudgetRealization.REALIZED_COLUMN);
    private static final int[] WIDTHS = {5, 16, 56, 22, 22};

    private BudgetSheetWorkbook() {}

    public static String fileName(int year, int agreementNumber) {
        return "realisasi-anggaran-" + year + "-pk-v" + agreementNumber + ".xlsx";
    }

    public static byte[] write(String unitName, int year, int agreementNumber, BudgetRealization budget) {
        try (FillInSheet sheet = new FillInSheet("Realisasi anggaran", "Realisasi anggaran")) {
            sheet.title(0, "Realisasi anggaran Perjanjian Kinerja");
            sheet.label(1, "Unit", unitName);
            sheet.label(2, "Tahun", Integer.toString(year));
            sheet.label(3, "PK versi", Integer.toString(agreementNumber));
            sheet.note(
                    4,
                    "Isi pagu dan realisasi dalam rupiah (1.500.000 atau 1.500.000,50); "
                            + "realisasi yang dikosongkan tercatat belum diisi, bukan 0.");
            sheet.header(HEADER_ROW, HEADERS, WIDTHS);
            int r = HEADER_ROW + 1;
            for (BudgetLine line : budget.lines()) {
                sheet.row(
                        r,
                        List.of(
                                Integer.toString(r - HEADER_ROW),
                                line.code(),
                                line.name(),
                                IndonesianNumber.format(BudgetLine.asWritten(line.ceiling())),
                                line.realized()
                                        .map(amount -> IndonesianNumber.format(BudgetLine.asWritten(amount)))
                                        .orElse("")),
                        column -> column >= 3);
                r++;
            }
            return sheet.bytes();
        }
    }
}
