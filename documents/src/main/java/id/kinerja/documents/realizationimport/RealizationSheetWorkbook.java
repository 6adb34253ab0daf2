package id.kinerja.documents.realizationimport;

import id.kinerja.documents.render.FillInSheet;
import id.kinerja.domain.realizationimport.RealizationImportReading;
import id.kinerja.domain.realizationimport.RealizationTemplate;
import id.kinerja.domain.realizationimport.TemplateLine;
import java.util.List;

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
        try (FillInSheet sheet = new FillInSheet("Lembar realisasi kinerja", "Realisasi")) {
            sheet.title(0, "Lembar realisasi kinerja");
            sheet.label(1, "Unit", template.unit().profile().name());
            sheet.label(
                    2,
                    RealizationImportReading.YEAR_LABEL,
                    Integer.toString(template.year().value()));
            sheet.label(
                    3,
                    RealizationImportReading.PERIOD_LABEL,
                    RealizationImportReading.PERIOD_WORDS.get(template.period()));
            sheet.header(
                    HEADER_ROW,
                    HEADERS.stream()
                            .map(name -> name.equals("Target")
                                    ? "Target " + template.year().value()
                                    : name)
                            .toList(),
                    WIDTHS);
            int r = HEADER_ROW + 1;
            for (TemplateLine line : template.lines()) {
                var definition = line.indicator().definition();
                sheet.row(
                        r,
                        List.of(
                                Integer.toString(r - HEADER_ROW),
                                line.objective().code() + ". "
                                        + line.objective().statement(),
                                definition.code() == null ? "" : definition.code(),
                                definition.name(),
                                definition.unitOfMeasure() == null ? "" : definition.unitOfMeasure(),
                                line.target().map(target -> target.display()).orElse("—"),
                                "",
                                "",
                                line.indicator().id().toString()),
                        column -> column == 6 || column == 7);
                r++;
            }
            sheet.hideColumn(HEADERS.size() - 1);
            return sheet.bytes();
        }
    }
}
