package id.kinerja.documents.matrix;

import id.kinerja.documents.survey.CsvResponseFile;
import id.kinerja.domain.matrix.MatrixSheets;
import id.kinerja.domain.matrix.SheetRow;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.survey.ResponseFile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeMap;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a matrix file into rows: an XLSX workbook (the first sheet whose first rows name an indicator column),
 * with a merged cell's value standing in every cell it covers, as a person reads it; or a CSV as Indonesian
 * Excel writes it, with {@code ;}, through the survey import's CSV reader. A workbook's number cell is written
 * out the Indonesian way with the decimals its format shows ("87,50"), a percentage format as "85%", and a
 * quoted suffix in brackets kept as text ("86 (Baik)"), so the one number reader gives the same figure back.
 */
public final class SpreadsheetMatrixSheets implements MatrixSheets {
    private static final int HEADER_SEARCH_ROWS = 15;

    @Override
    public List<SheetRow> rowsOf(byte[] content, String fileName) {
        boolean workbook =
                (fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx"))
                        || (content.length > 1 && content[0] == 'P' && content[1] == 'K');
        return workbook ? workbookRows(content) : csvRows(content);
    }

    private static List<SheetRow> csvRows(byte[] content) {
        List<SheetRow> rows = new ArrayList<>();
        new CsvResponseFile(new ByteArrayInputStream(content)).readInto(new ResponseFile.RowHandler() {
            @Override
            public void header(List<String> names) {
                rows.add(new SheetRow(1, names));
            }

            @Override
            public void row(ResponseFile.Row row) {
                rows.add(new SheetRow(row.line(), row.cells()));
            }
        });
        return rows;
    }

    private static List<SheetRow> workbookRows(byte[] content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            Sheet chosen = workbook.getSheetAt(0);
            for (Sheet sheet : workbook) {
                if (namesIndicators(sheet)) {
                    chosen = sheet;
                    break;
                }
            }
            return rowsOf(chosen);
        } catch (IOException | POIXMLException | IllegalArgumentException e) {
            throw new RefusedFile(
                    List.of(new RefusedFile.FileError(
                            0,
                            null,
                            "file.malformed-xlsx",
                            List.of("not a whole XLSX workbook"),
                            "the workbook cannot be read")),
                    1);
        }
    }

    private static boolean namesIndicators(Sheet sheet) {
        for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING
                        && cell.getStringCellValue().toLowerCase(Locale.ROOT).contains("indikator")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<SheetRow> rowsOf(Sheet sheet) {
        TreeMap<Integer, TreeMap<Integer, String>> texts = new TreeMap<>();
        TreeMap<Integer, Set<Integer>> numbers = new TreeMap<>();
        for (Row row : sheet) {
            for (Cell cell : row) {
                String text = textOf(cell);
                if (!text.isEmpty()) {
                    texts.computeIfAbsent(row.getRowNum(), r -> new TreeMap<>()).put(cell.getColumnIndex(), text);
                    if (isNumber(cell)) {
                        numbers.computeIfAbsent(row.getRowNum(), r -> new HashSet<>())
                                .add(cell.getColumnIndex());
                    }
                }
            }
        }
        for (CellRangeAddress merged : sheet.getMergedRegions()) {
            String first =
                    texts.getOrDefault(merged.getFirstRow(), new TreeMap<>()).get(merged.getFirstColumn());
            if (first == null) {
                continue;
            }
            boolean number =
                    numbers.getOrDefault(merged.getFirstRow(), Set.of()).contains(merged.getFirstColumn());
            for (int r = merged.getFirstRow(); r <= merged.getLastRow(); r++) {
                for (int c = merged.getFirstColumn(); c <= merged.getLastColumn(); c++) {
                    texts.computeIfAbsent(r, x -> new TreeMap<>()).putIfAbsent(c, first);
                    if (number) {
                        numbers.computeIfAbsent(r, x -> new HashSet<>()).add(c);
                    }
                }
            }
        }
        List<SheetRow> rows = new ArrayList<>();
        texts.forEach((r, cells) -> {
            List<String> line = new ArrayList<>();
            cells.forEach((c, text) -> {
                while (line.size() < c) {
                    line.add("");
                }
                line.add(text);
            });
            rows.add(new SheetRow(r + 1L, line, numbers.getOrDefault(r, Set.of())));
        });
        return rows;
    }

    private static boolean isNumber(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell);
    }

    private static String textOf(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue().strip();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                        : number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormatString());
            default -> "";
        };
    }

    /** The number as its format shows it: its decimals, a percentage, and a bracketed suffix in quotes. */
    static String number(double raw, String format) {
        String shown = format == null ? "General" : format.split(";")[0];
        boolean percent = shown.replaceAll("\"[^\"]*\"", "").contains("%");
        BigDecimal value = BigDecimal.valueOf(raw);
        if (percent) {
            value = value.movePointRight(2);
        }
        String numberPart = shown.replaceAll("\"[^\"]*\"", "");
        int dot = numberPart.indexOf('.');
        if (dot >= 0) {
            int decimals = (int) numberPart
                    .substring(dot + 1)
                    .chars()
                    .takeWhile(ch -> ch == '0' || ch == '#')
                    .count();
            value = value.setScale(decimals, RoundingMode.HALF_UP);
        } else if (!shown.equalsIgnoreCase("General")) {
            value = value.setScale(0, RoundingMode.HALF_UP);
        } else {
            value = value.stripTrailingZeros();
            value = value.scale() < 0 ? value.setScale(0) : value;
        }
        StringBuilder text = new StringBuilder(IndonesianNumber.format(value));
        if (percent) {
            text.append('%');
        }
        java.util.regex.Matcher suffix =
                java.util.regex.Pattern.compile("\"([^\"]*)\"\\s*$").matcher(shown);
        if (suffix.find() && !suffix.group(1).isBlank()) {
            text.append(suffix.group(1));
        }
        return text.toString();
    }
}
