package id.kinerja.documents.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Every table of a document as a sheet of an XLSX workbook (Apache POI XSSF): the header row frozen, figures
 * as numbers with the format they are printed with (so a spreadsheet in the Indonesian locale shows "88,66"
 * and can compute with it), words and states as text.
 */
public final class XlsxDocuments {
    private XlsxDocuments() {}

    public static byte[] render(Document document) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.getProperties().getCoreProperties().setTitle(document.title());
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(946_684_800_000L)));
            workbook.getProperties().getCoreProperties().setCreator("Kinerja");
            Styles styles = new Styles(workbook);
            Set<String> names = new HashSet<>();
            for (Block.Table table : document.tables()) {
                sheet(workbook, styles, uniqueName(table.name(), names), table);
            }
            if (workbook.getNumberOfSheets() == 0) {
                workbook.createSheet("Kosong");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sheet(XSSFWorkbook workbook, Styles styles, String name, Block.Table table) {
        XSSFSheet sheet = workbook.createSheet(name);
        List<Block.Column> columns = table.columns();
        XSSFRow header = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            XSSFCell cell = header.createCell(c);
            cell.setCellValue(columns.get(c).header());
            cell.setCellStyle(styles.header);
            sheet.setColumnWidth(c, Math.min(255, Math.max(8, columns.get(c).width() * 2)) * 256);
        }
        sheet.createFreezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            XSSFRow row = sheet.createRow(r + 1);
            List<Block.Cell> cells = table.rows().get(r);
            for (int c = 0; c < columns.size(); c++) {
                Block.Cell value = cells.get(c);
                XSSFCell cell = row.createCell(c);
                if (value.number() != null) {
                    cell.setCellValue(value.number().doubleValue());
                    cell.setCellStyle(styles.number(value.numberFormat()));
                } else {
                    cell.setCellValue(value.sheetText());
                    cell.setCellStyle(styles.text);
                }
            }
        }
    }

    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted == null || wanted.isBlank() ? "Tabel" : wanted);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
            String suffix = " (" + i + ")";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }

    /** The few cell styles a workbook needs, made once (a workbook holds at most 64 000). */
    private static final class Styles {
        private final XSSFWorkbook workbook;
        private final CellStyle header;
        private final CellStyle text;
        private final Map<String, CellStyle> numbers = new HashMap<>();

        Styles(XSSFWorkbook workbook) {
            this.workbook = workbook;
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = bordered();
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            text = bordered();
        }

        CellStyle number(String format) {
            return numbers.computeIfAbsent(format == null ? "General" : format, wanted -> {
                CellStyle style = bordered();
                style.setDataFormat(workbook.createDataFormat().getFormat(wanted));
                style.setAlignment(HorizontalAlignment.RIGHT);
                return style;
            });
        }

        private CellStyle bordered() {
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
}
