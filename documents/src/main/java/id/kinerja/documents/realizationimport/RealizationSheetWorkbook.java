package id.kinerja.documents.realizationimport;

import id.kinerja.domain.realizationimport.RealizationImportReading;
import id.kinerja.domain.realizationimport.RealizationTemplate;
import id.kinerja.domain.realizationimport.TemplateLine;
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
 * The realization sheet of a unit for a year and period, as the import reads it back: the unit, year and period
 * above the table (checked against the upload), one row per indicator with its objective, code, name, unit of
 * measure and target, an empty value column and a note column, both formatted as text so that what the evaluator
 * types ("1.500", "3,75") reaches the import as typed, and the indicator's id in a hidden last column so that a
 * renamed or reordered row still finds its indicator.
 */
public final class RealizationSheetWorkbook {
    /** The row (counted from 0) of the table's header. */
    static final int HEADER_ROW = 5;

    private static final List<String> HEADERS = List.of(
            "No",
            "Sasaran",
            "Kode",
            "Indikator",
            "Satuan",
            "Target",
            RealizationImportReading.VALUE_COLUMN,
            RealizationImportReading.NOTE_COLUMN,
            RealizationImportReading.ID_COLUMN);
    private static final int[] WIDTHS = {5, 36, 8, 48, 12, 14, 16, 36, 38};

    private RealizationSheetWorkbook() {}

    public static String fileName(RealizationTemplate.Template template) {
        return "realisasi-" + template.year().value() + "-"
                + template.period().name().toLowerCase(java.util.Locale.ROOT) + ".xlsx";
    }

    public static byte[] write(RealizationTemplate.Template template) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle("Lembar realisasi kinerja");
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(946_684_800_000L)));
            workbook.getProperties().getCoreProperties().setCreator("Kinerja");
            XSSFSheet sheet = workbook.createSheet("Realisasi");
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            CellStyle header = bordered(workbook);
            header.setFont(boldFont);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            CellStyle text = bordered(workbook);
            CellStyle toFill = bordered(workbook);
            // text, so that Excel keeps "1.500" and "3,75" as typed whatever its locale; the import reads them
            toFill.setDataFormat(workbook.createDataFormat().getFormat("@"));
            toFill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            toFill.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            sheet.createRow(0).createCell(0).setCellValue("Lembar realisasi kinerja");
            sheet.getRow(0).getCell(0).setCellStyle(bold);
            label(sheet, 1, "Unit", template.unit().profile().name());
            label(
                    sheet,
                    2,
                    RealizationImportReading.YEAR_LABEL,
                    Integer.toString(template.year().value()));
            label(
                    sheet,
                    3,
                    RealizationImportReading.PERIOD_LABEL,
                    RealizationImportReading.PERIOD_WORDS.get(template.period()));
            XSSFRow headerRow = sheet.createRow(HEADER_ROW);
            for (int c = 0; c < HEADERS.size(); c++) {
                String name = HEADERS.get(c).equals("Target")
                        ? "Target " + template.year().value()
                        : HEADERS.get(c);
                headerRow.createCell(c).setCellValue(name);
                headerRow.getCell(c).setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            int r = HEADER_ROW + 1;
            for (TemplateLine line : template.lines()) {
                var definition = line.indicator().definition();
                XSSFRow row = sheet.createRow(r);
                List<String> cells = List.of(
                        Integer.toString(r - HEADER_ROW),
                        line.objective().code() + ". " + line.objective().statement(),
                        definition.code() == null ? "" : definition.code(),
                        definition.name(),
                        definition.unitOfMeasure() == null ? "" : definition.unitOfMeasure(),
                        line.target().map(target -> target.display()).orElse("—"),
                        "",
                        "",
                        line.indicator().id().toString());
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                    boolean filled = c == 6 || c == 7;
                    row.getCell(c).setCellStyle(filled ? toFill : text);
                }
                r++;
            }
            sheet.setColumnHidden(HEADERS.size() - 1, true);
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
