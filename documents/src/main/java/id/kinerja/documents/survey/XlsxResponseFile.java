package id.kinerja.documents.survey;

import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.survey.ResponseFile;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The first sheet of an XLSX workbook, read with Apache POI's streaming (SAX) reader so that memory does not
 * grow with the number of rows. Dates formatted as dates are handed on as ISO dates; numbers written the
 * Indonesian way.
 */
public final class XlsxResponseFile implements ResponseFile {
    private final Path file;

    /** @param file the workbook on disk: POI reads a package from a file without loading it whole */
    public XlsxResponseFile(Path file) {
        this.file = file;
    }

    /** The workbook's bytes as uploaded: a second upload of the same file has the same checksum. */
    @Override
    public java.util.Optional<String> sha256() {
        try (InputStream bytes = java.nio.file.Files.newInputStream(file)) {
            return java.util.Optional.of(Checksums.sha256Of(bytes));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public void readInto(RowHandler handler) {
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw unreadable("no sheet in the workbook");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(
                        reader.getStylesTable(),
                        new ReadOnlySharedStringsTable(workbook),
                        new Rows(handler),
                        new IsoDates(),
                        false));
                parser.parse(new InputSource(sheet));
            }
        } catch (IOException
                | OpenXML4JException
                | SAXException
                | ParserConfigurationException
                | POIXMLException
                | IllegalArgumentException e) {
            // POI refuses a broken package in many ways (a zip without a workbook inside, an empty file: both
            // IllegalArgumentException subtypes, a missing core part: POIXMLException); all mean the same here
            throw unreadable("not a whole XLSX workbook");
        }
    }

    /** The reason is a short phrase the Indonesian bundle translates; POI's own text is technical English. */
    private static RefusedFile unreadable(String reason) {
        return new RefusedFile(
                List.of(new RefusedFile.FileError(
                        0, null, "file.malformed-xlsx", List.of(reason), "the workbook cannot be read: " + reason)),
                1);
    }

    /** Collects each row's cells by column and hands the row on when it ends. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private boolean headerSeen;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(cell -> cell == null || cell.isBlank())) {
                return;
            }
            List<String> row =
                    cells.stream().map(cell -> cell == null ? "" : cell).toList();
            if (!headerSeen) {
                headerSeen = true;
                handler.header(row);
            } else {
                handler.row(new Row(rowNum + 1L, row));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = new CellReference(reference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }
    }

    /**
     * Formats date cells as ISO dates and number cells the Indonesian way ("1.500", "3,75"), both of which the
     * import reads whatever the workbook's locale: a number cell is a number, and written out so that the one
     * Indonesian reader gives it back unchanged (ADR 0015). Text cells are handed on as typed.
     */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            if (Double.isFinite(value)) {
                return IndonesianNumber.format(BigDecimal.valueOf(value).stripTrailingZeros());
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /**
     * Reads an uploaded workbook: XLSX is a zip read from its directory at the end, so POI needs the whole
     * file on disk, not a stream. The copy is deleted afterwards.
     */
    public static <T> T readCopy(java.io.InputStream content, java.util.function.Function<XlsxResponseFile, T> read) {
        java.nio.file.Path copy = null;
        try {
            copy = java.nio.file.Files.createTempFile("kinerja-upload-", ".xlsx");
            java.nio.file.Files.copy(content, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return read.apply(new XlsxResponseFile(copy));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            if (copy != null) {
                copy.toFile().delete();
            }
        }
    }
}
