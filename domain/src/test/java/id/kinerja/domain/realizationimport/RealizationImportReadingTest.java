package id.kinerja.domain.realizationimport;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.matrix.MatrixNote;
import id.kinerja.domain.matrix.SheetRow;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The realization sheet read as a person reads it: each value, doubt and refusal by row and column. */
class RealizationImportReadingTest {
    private static final Year YEAR = Year.of(2024);
    private static final Objective OBJECTIVE = new Objective(
            ObjectiveId.newId(),
            DecreeId.newId(),
            OrganizationUnitId.newId(),
            PlanPeriodId.newId(),
            "S1",
            "Meningkatnya layanan");

    private static final TemplateLine PERCENT =
            line("1.1", "Persentase layanan tepat waktu", "%", IndicatorKind.NUMERIC);
    private static final TemplateLine DOCUMENTS = line("1.2", "Jumlah dokumen", "dokumen", IndicatorKind.NUMERIC);
    private static final TemplateLine INDEX = line("1.3", "Indeks kepuasan internal", "indeks", IndicatorKind.NUMERIC);
    private static final TemplateLine OPINION = line("1.4", "Opini BPK", null, IndicatorKind.QUALITATIVE);
    private static final TemplateLine RATIO = line("1.5", "Rasio temuan", "rasio", IndicatorKind.NUMERIC);
    private static final List<TemplateLine> LINES = List.of(PERCENT, DOCUMENTS, INDEX, OPINION, RATIO);

    private static TemplateLine line(String code, String name, String unit, IndicatorKind kind) {
        IndicatorDefinition definition = new IndicatorDefinition(
                code,
                name,
                null,
                null,
                unit,
                kind,
                kind == IndicatorKind.QUALITATIVE ? Polarity.QUALITATIVE : Polarity.HIGHER_IS_BETTER,
                null,
                null,
                null,
                MeasurementFrequency.ANNUAL,
                null,
                null,
                List.of(),
                null);
        Indicator indicator =
                Indicator.restore(IndicatorId.newId(), OBJECTIVE.id(), OBJECTIVE.decreeId(), definition, List.of(), 0);
        return new TemplateLine(OBJECTIVE, indicator, Optional.empty(), null);
    }

    @SafeVarargs
    private static List<SheetRow> sheet(List<String>... rows) {
        List<SheetRow> read = new java.util.ArrayList<>();
        read.add(new SheetRow(1, List.of("Lembar realisasi kinerja")));
        read.add(new SheetRow(3, List.of("Tahun", "2024")));
        read.add(new SheetRow(4, List.of("Periode", "Tahunan")));
        read.add(new SheetRow(
                6, List.of("No", "Sasaran", "Kode", "Indikator", "Satuan", "Target 2024", "Realisasi", "Catatan")));
        for (int i = 0; i < rows.length; i++) {
            read.add(new SheetRow(7 + i, rows[i]));
        }
        return read;
    }

    private static List<String> row(String code, String name, String value) {
        return List.of("", "S1", code, name, "", "", value);
    }

    @Test
    void valuesAreReadByTheOneNumberRuleWithEveryDoubtNoted() {
        RealizationImportPreview preview = RealizationImportReading.read(
                sheet(
                        row("1.1", "Persentase layanan tepat waktu", "85%"),
                        row("1.2", "Jumlah dokumen", "1.500"),
                        row("", "indeks  KEPUASAN internal", "3.5"),
                        row("1.4", "Opini BPK", "WTP"),
                        row("9.9", "Indikator lain", "10")),
                YEAR,
                ReportingPeriod.ANNUAL,
                LINES);

        assertThat(preview.refusals()).isEmpty();
        assertThat(preview.committable()).isTrue();
        assertThat(preview.rows())
                .extracting(ImportRow::amount)
                .containsExactly(new BigDecimal("85"), new BigDecimal("1500"), new BigDecimal("3.5"), null, null);
        assertThat(preview.rows().get(3).words()).isEqualTo("WTP");
        assertThat(preview.rows())
                .extracting(ImportRow::action)
                .containsExactly(
                        ImportRow.Action.RECORD,
                        ImportRow.Action.RECORD,
                        ImportRow.Action.RECORD,
                        ImportRow.Action.RECORD,
                        ImportRow.Action.SKIP);
        assertThat(codes(preview.rows().get(0).doubts())).containsExactly("matrix.doubt.unit-split");
        assertThat(codes(preview.rows().get(1).doubts())).containsExactly("matrix.doubt.dot-as-thousands");
        assertThat(codes(preview.rows().get(2).doubts())).containsExactly("matrix.doubt.dot-as-decimal");
        assertThat(codes(preview.rows().get(4).doubts())).containsExactly("realization-import.doubt.not-in-unit");
        assertThat(preview.rows().get(1).doubts().get(0).arguments()).containsExactly("1.500", "1.500");
    }

    @Test
    void everyRefusalNamesItsRowAndColumnAndTheSheetCannotBeCommitted() {
        RealizationImportPreview preview = RealizationImportReading.read(
                sheet(
                        row("1.1", "Persentase layanan tepat waktu", "1,234.56"),
                        row("1.2", "Jumlah dokumen", "80%"),
                        row("1.3", "Indeks kepuasan internal", "80 – 90"),
                        row("1.5", "Rasio temuan", "baik"),
                        row("1.4", "Opini BPK", "N/A")),
                YEAR,
                ReportingPeriod.ANNUAL,
                LINES);

        assertThat(preview.committable()).isFalse();
        assertThat(preview.refusals())
                .extracting(RefusedFile.FileError::row, RefusedFile.FileError::column, RefusedFile.FileError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(7L, "Realisasi", "number.unreadable"),
                        org.assertj.core.groups.Tuple.tuple(
                                8L, "Realisasi", "realization-import.percent-not-percentage"),
                        org.assertj.core.groups.Tuple.tuple(9L, "Realisasi", "realization-import.range"),
                        org.assertj.core.groups.Tuple.tuple(10L, "Realisasi", "realization-import.words-for-number"));
        assertThat(codes(preview.rows().get(0).doubts())).containsExactly("realization-import.doubt.not-applicable");
    }

    @Test
    void aSheetOfAnotherYearOrPeriodIsRefusedAndARepeatedIndicatorToo() {
        RealizationImportPreview preview = RealizationImportReading.read(
                sheet(row("1.2", "Jumlah dokumen", "10"), row("1.2", "Jumlah dokumen", "11")),
                Year.of(2025),
                ReportingPeriod.Q1,
                LINES);

        assertThat(preview.refusals())
                .extracting(RefusedFile.FileError::code)
                .containsExactly(
                        "realization-import.other-year",
                        "realization-import.other-period",
                        "realization-import.indicator-twice");
    }

    @Test
    void aDraftIsRevisedAndASubmittedOrVerifiedOneIsSkipped() {
        Realization draft = Realization.record(
                DOCUMENTS.indicator().id(),
                YEAR,
                ReportingPeriod.ANNUAL,
                new Realization.RealizedValue(
                        BigDecimal.TEN, null, new Realization.Source(Realization.Source.Kind.ENTERED, null)),
                null,
                null,
                "evaluator");
        Realization submitted = Realization.record(
                PERCENT.indicator().id(),
                YEAR,
                ReportingPeriod.ANNUAL,
                new Realization.RealizedValue(
                        BigDecimal.TEN, null, new Realization.Source(Realization.Source.Kind.ENTERED, null)),
                null,
                null,
                "evaluator");
        submitted.submit(0, "evaluator", java.time.Instant.EPOCH);
        List<TemplateLine> lines = List.of(
                new TemplateLine(OBJECTIVE, PERCENT.indicator(), Optional.empty(), submitted),
                new TemplateLine(OBJECTIVE, DOCUMENTS.indicator(), Optional.empty(), draft));

        RealizationImportPreview preview = RealizationImportReading.read(
                sheet(row("1.1", "Persentase layanan tepat waktu", "90"), row("1.2", "Jumlah dokumen", "12")),
                YEAR,
                ReportingPeriod.ANNUAL,
                lines);

        assertThat(preview.rows())
                .extracting(ImportRow::action)
                .containsExactly(ImportRow.Action.SKIP, ImportRow.Action.REVISE);
        assertThat(preview.rows().get(1).existing()).isEqualTo(draft.id());
        assertThat(codes(preview.rows().get(0).doubts())).containsExactly("realization-import.doubt.submitted");
        assertThat(codes(preview.rows().get(1).doubts())).containsExactly("realization-import.doubt.replaces-draft");
    }

    @Test
    void aFileWithoutTheTemplatesColumnsIsRefusedAsAWhole() {
        RealizationImportPreview preview = RealizationImportReading.read(
                List.of(new SheetRow(1, List.of("Nama", "Nilai")), new SheetRow(2, List.of("A", "1"))),
                YEAR,
                ReportingPeriod.ANNUAL,
                LINES);

        assertThat(preview.refusals())
                .extracting(RefusedFile.FileError::code)
                .containsExactly("realization-import.no-header");
        assertThat(preview.committable()).isFalse();
    }

    private static List<String> codes(List<MatrixNote> notes) {
        return notes.stream().map(MatrixNote::code).toList();
    }
}
