package id.kinerja.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
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
 * A sheet Kinerja offers to be filled in and read back (the realization sheet, the budget sheet): a bold title,
 * labelled lines the import checks, a grey header row frozen above a table whose cells to fill are yellow. Every
 * cell is text ({@code @}), so that what a person types — "1.500", "3,75", "1.500.000,50" — reaches the import as
 * typed, whatever the locale of their spreadsheet program (ADR 0015). The file's creation date is fixed, so the
 * same content makes the same bytes.
 */
public final class FillInSheet implements AutoCloseable {
    private static final Date FIXED_CREATION = new Date(946_684_800_000L);

    private final XSSFWorkbook workbook = new XSSFWorkbook();
    private final XSSFSheet sheet;
    private final CellStyle bold;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle toFill;

    public FillInSheet(String documentTitle, String sheetName) {
        workbook.getProperties().getCoreProperties().setTitle(documentTitle);
        workbook.getProperties().getCoreProperties().setCreated(Optional.of(FIXED_CREATION));
        workbook.getProperties().getCoreProperties().setCreator("Kinerja");
        sheet = workbook.createSheet(sheetName);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        header = bordered();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        text = bordered();
        toFill = bordered();
        toFill.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
        toFill.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    }

    /** The sheet's title, bold, in the first cell of the row. */
    public void title(int row, String title) {
        sheet.createRow(row).createCell(0).setCellValue(title);
        sheet.getRow(row).getCell(0).setCellStyle(bold);
    }

    /** A label and its value in the first two cells of the row. */
    public void label(int row, String label, String value) {
        XSSFRow line = sheet.createRow(row);
        line.createCell(0).setCellValue(label);
        line.createCell(1).setCellValue(value);
    }

    /** A line of guidance in the first cell of the row. */
    public void note(int row, String note) {
        sheet.createRow(row).createCell(0).setCellValue(note);
    }

    /** The table's header with each column's width in characters; the rows above it stay in view. */
    public void header(int row, List<String> names, int[] widths) {
        XSSFRow headerRow = sheet.createRow(row);
        for (int c = 0; c < names.size(); c++) {
            headerRow.createCell(c).setCellValue(names.get(c));
            headerRow.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, widths[c] * 256);
        }
        sheet.createFreezePane(0, row + 1);
    }

    /** A row of the table; the columns {@code toBeFilled} accepts are marked as the ones to fill. */
    public void row(int row, List<String> cells, IntPredicate toBeFilled) {
        XSSFRow line = sheet.createRow(row);
        for (int c = 0; c < cells.size(); c++) {
            line.createCell(c).setCellValue(cells.get(c));
            line.getCell(c).setCellStyle(toBeFilled.test(c) ? toFill : text);
        }
    }

    public void hideColumn(int column) {
        sheet.setColumnHidden(column, true);
    }

    /** The workbook's bytes. */
    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CellStyle bordered() {
        CellStyle style = workbook.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        style.setDataFormat(workbook.createDataFormat().getFormat("@"));
        return style;
    }
}
