package id.kinerja.documents.budget;

import id.kinerja.domain.agreement.BudgetLine;
import id.kinerja.domain.agreement.BudgetRealization;
import id.kinerja.domain.agreement.ImportBudgetRealization;
import id.kinerja.domain.shared.IndonesianNumber;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

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
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle("Realisasi anggaran");
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(946_684_800_000L)));
            workbook.getProperties().getCoreProperties().setCreator("Kinerja");
            XSSFSheet sheet = workbook.createSheet("Realisasi anggaran");
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle header = bordered(workbook);
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = bordered(workbook);
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle toFill = bordered(workbook);
            // text, so that "1.500.000" and "1.234,50" reach the import as typed whatever Excel's locale
            toFill.setDataFormat(workbook.createDataFormat().getFormat("@"));
            toFill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            toFill.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            sheet.createRow(0).createCell(0).setCellValue("Realisasi anggaran Perjanjian Kinerja");
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            label(sheet, 1, "Unit", unitName);
            label(sheet, 2, "Tahun", Integer.toString(year));
            label(sheet, 3, "PK versi", Integer.toString(agreementNumber));
            sheet.createRow(4)
                    .createCell(0)
                    .setCellValue("Isi pagu dan realisasi dalam rupiah (1.500.000 atau 1.500.000,50); "
                            + "realisasi yang dikosongkan tercatat belum diisi, bukan 0.");
            XSSFRow headerRow = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < HEADERS.size(); c++) {
                headerRow.createCell(c).setCellValue(HEADERS.get(c));
                headerRow.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int r = HEADER_ROW + 1;
            for (BudgetLine line : budget.lines()) {
                XSSFRow row = sheet.createRow(r);
                List<String> cells = List.of(
                        Integer.toString(r - HEADER_ROW),
                        line.code(),
                        line.name(),
                        IndonesianNumber.format(BudgetLine.asWritten(line.ceiling())),
                        line.realized()
                                .map(amount -> IndonesianNumber.format(BudgetLine.asWritten(amount)))
                                .orElse(""));
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                    row.getCell(c).setCellStyle(c >= 3 ? toFill : text);
                }
                r++;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void label(XSSFSheet sheet, int row, String label, String value) {
        XSSFRow line = sheet.createRow(row);
        line.createCell(0).setCellValue(label);
        line.createCell(1).setCellValue(value);
    }

    private static CellStyle bordered(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
