package id.kinerja.documents.report;

import id.kinerja.documents.render.Block;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Block.Column;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.report.Narrative;
import id.kinerja.domain.report.NarrativeSection;
import id.kinerja.domain.report.ReportFigure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The seven analyses of Bab III A per indicator (PermenPANRB 53/2014): the first three from the engine's
 * figures, the rest as the planners wrote them; the SKM annex; and the figures an issue is compared by.
 */
final class LkjipAnalyses {
    private LkjipAnalyses() {}

    static List<Block> of(UnitEvaluation evaluation, Narrative narrative) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(3, "Analisis capaian per indikator"));
        int objectiveNumber = 0;
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            objectiveNumber++;
            int indicatorNumber = 0;
            for (IndicatorEvaluation indicator : objective.indicators()) {
                indicatorNumber++;
                IndicatorId id = indicator.indicator().id();
                YearFigure current = indicator.year();
                blocks.add(Block.Paragraph.title(objectiveNumber + "." + indicatorNumber + ". "
                        + indicator.indicator().definition().name()));
                blocks.add(Block.Paragraph.of("1) Target dan realisasi tahun "
                        + evaluation.year().value()
                        + ": target " + StatedFigures.target(current.target()).text()
                        + ", realisasi " + StatedFigures.value(current.value()).text()
                        + ", capaian "
                        + StatedFigures.attainment(current.attainment()).text()
                        + current.rating().map(rating -> " (" + rating + ")").orElse("") + "."
                        + "\n2) Dibandingkan tahun sebelumnya: "
                        + (indicator.previousYears().isEmpty()
                                ? "tidak ada tahun sebelumnya dalam periode rencana."
                                : indicator.previousYears().stream()
                                                .map(StatedFigures::earlier)
                                                .collect(Collectors.joining("; "))
                                        + ".")
                        + "\n3) Terhadap target akhir periode: "
                        + indicator
                                .endOfPlan()
                                .map(end -> "target akhir "
                                        + StatedFigures.target(java.util.Optional.of(end.target()))
                                                .text()
                                        + ", capaian s.d. tahun ini "
                                        + StatedFigures.attainment(end.attainment())
                                                .text()
                                        + ".")
                                .orElse("tidak ada target akhir periode.")
                        + "\n4) Terhadap standar nasional: "
                        + written(narrative, NarrativeSection.NATIONAL_STANDARD, id)
                        + "\n5) Penyebab keberhasilan atau kegagalan: "
                        + written(narrative, NarrativeSection.CAUSES, id)
                        + "\n\u00a0\u00a0\u00a0\u00a0Solusi yang telah dilakukan: "
                        + written(narrative, NarrativeSection.SOLUTIONS, id)
                        + "\n6) Efisiensi penggunaan sumber daya: "
                        + written(narrative, NarrativeSection.EFFICIENCY, id)
                        + "\n7) Program dan kegiatan yang menunjang atau menghambat: "
                        + written(narrative, NarrativeSection.PROGRAMMES, id)));
            }
        }
        return blocks;
    }

    private static String written(Narrative narrative, NarrativeSection section, IndicatorId indicator) {
        return narrative.text(section, indicator).orElse(LkjipDocument.NOT_WRITTEN);
    }

    /** No | Indikator | Realisasi | Hasil survei | Status: each figure that came from a survey's result. */
    static Block.Table surveys(UnitEvaluation evaluation) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                if (!(indicator.year().value() instanceof YearlyValue.Known known)) {
                    continue;
                }
                List<Realization> fromSurveys = known.from().stream()
                        .filter(realization -> realization.value().source().kind() == Realization.Source.Kind.SURVEY)
                        .toList();
                if (fromSurveys.isEmpty()) {
                    continue;
                }
                rows.add(List.of(
                        Cell.of(String.valueOf(rows.size() + 1)),
                        Cell.of(indicator.indicator().definition().name()),
                        StatedFigures.value(known),
                        Cell.of(fromSurveys.stream()
                                .map(realization -> realization.period() + ": "
                                        + (realization.value().source().reference() == null
                                                ? "hasil survei"
                                                : realization.value().source().reference()))
                                .collect(Collectors.joining("\n"))),
                        Cell.of(StatedFigures.verified(known))));
            }
        }
        if (rows.isEmpty()) {
            rows.add(List.of(
                    Cell.of(StatedFigures.NONE),
                    Cell.of("Tidak ada angka indikator tahun ini yang berasal dari hasil survei."),
                    Cell.of(StatedFigures.NONE),
                    Cell.of(StatedFigures.NONE),
                    Cell.of(StatedFigures.NONE)));
        }
        return new Block.Table(
                "SKM " + evaluation.year().value(),
                List.of(
                        Column.centered("No", 4),
                        Column.text("Indikator", 36),
                        Column.centered("Realisasi", 12),
                        Column.text("Hasil survei (versi)", 34),
                        Column.centered("Status", 14)),
                rows);
    }

    /** The figures of the report by a stable key, as printed: what a re-issue compares. */
    static List<ReportFigure> figures(UnitEvaluation evaluation) {
        List<ReportFigure> figures = new ArrayList<>();
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                String key = indicator.indicator().id().value().toString();
                String name = indicator.indicator().definition().name();
                YearFigure current = indicator.year();
                figures.add(new ReportFigure(
                        key + ":target",
                        name + " — Target",
                        StatedFigures.target(current.target()).text()));
                figures.add(new ReportFigure(
                        key + ":realisasi",
                        name + " — Realisasi",
                        StatedFigures.value(current.value()).text()));
                figures.add(new ReportFigure(
                        key + ":capaian",
                        name + " — Capaian",
                        StatedFigures.attainment(current.attainment()).text()));
                figures.add(new ReportFigure(
                        key + ":kriteria",
                        name + " — Kriteria",
                        current.rating().orElse(StatedFigures.NONE)));
                figures.add(new ReportFigure(
                        key + ":keterangan", name + " — Keterangan", StatedFigures.verified(current.value())));
            }
        }
        figures.add(new ReportFigure(
                "score", "Rata-rata capaian", LkjipDocument.scoreLine(evaluation.score(), evaluation)));
        return figures;
    }
}
