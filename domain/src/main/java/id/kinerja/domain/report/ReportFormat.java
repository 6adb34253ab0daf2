package id.kinerja.domain.report;

/** The files an issued report is kept as. */
public enum ReportFormat {
    PDF,
    DOCX,
    XLSX
}
