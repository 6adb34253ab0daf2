package id.kinerja.domain.report;

import java.util.List;

/** A report drawn as its three files, with the figures it prints. */
public record RenderedReport(byte[] pdf, byte[] docx, byte[] xlsx, List<ReportFigure> figures) {
    public RenderedReport {
        figures = List.copyOf(figures);
    }

    public byte[] file(ReportFormat format) {
        return switch (format) {
            case PORTABLE_DOCUMENT -> pdf.clone();
            case WORD_DOCUMENT -> docx.clone();
            case SPREADSHEET -> xlsx.clone();
        };
    }
}
