package id.kinerja.domain.report;

import java.util.Arrays;
import java.util.Optional;

/**
 * The files an issued report is kept as, by their extension. (Constants are not named PDF, DOCX, XLSX: those
 * are words the pages show, and a domain enum's constant on a page reads as a raw code.)
 */
public enum ReportFormat {
    PORTABLE_DOCUMENT("pdf"),
    WORD_DOCUMENT("docx"),
    SPREADSHEET("xlsx");

    private final String extension;

    ReportFormat(String extension) {
        this.extension = extension;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ReportFormat> ofExtension(String extension) {
        return Arrays.stream(values())
                .filter(format -> format.extension.equalsIgnoreCase(extension))
                .findFirst();
    }
}
