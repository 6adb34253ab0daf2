package id.kinerja.documents.report;

import id.kinerja.documents.render.Block;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Block.Column;
import id.kinerja.documents.render.Figures;
import id.kinerja.domain.agreement.BudgetLine;
import id.kinerja.domain.agreement.BudgetRealization;
import id.kinerja.domain.agreement.YearBudget;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.report.ReportFigure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bab III B Realisasi Anggaran: per programme or activity of the year's PK its pagu, realisasi and % serapan, and
 * beside it the efficiency line — the attainment (capaian %) against the absorption. The PK's programmes name no
 * indicator, so the attainment beside every line is the unit's mean (ADR 0038). Spending not entered is printed
 * "Belum diisi", never 0, and a total over such a line is not printed either.
 */
final class BudgetSection {
    private BudgetSection() {}

    static List<Block> of(UnitEvaluation evaluation, Optional<YearBudget> budget) {
        int year = evaluation.year().value();
        if (budget.isEmpty()) {
            return List.of(Block.Paragraph.of("Belum ada Perjanjian Kinerja tahun " + year
                    + ", sehingga pagu dan realisasi anggaran belum dapat disajikan."));
        }
        YearBudget held = budget.get();
        BudgetRealization realization = held.realization();
        if (realization.lines().isEmpty()) {
            return List.of(Block.Paragraph.of(
                    "Perjanjian Kinerja tahun " + year + " tidak memuat program atau kegiatan beranggaran."));
        }
        Optional<BigDecimal> attainment = evaluation.score().percent();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.Paragraph.of("Pagu dan realisasi anggaran per program/kegiatan menurut Perjanjian Kinerja "
                + "tahun " + year + " versi " + held.agreementNumber()
                + (held.signed() ? " (ditandatangani)" : " (draf, belum ditandatangani)")
                + ". Capaian kinerja di samping serapan adalah rata-rata capaian seluruh indikator unit, karena "
                + "program dan kegiatan PK tidak ditautkan ke indikator tertentu."));
        blocks.add(table(year, realization, attainment));
        blocks.add(Block.Paragraph.of(efficiencyLine(realization.efficiency(attainment))));
        return blocks;
    }

    private static Block.Table table(int year, BudgetRealization realization, Optional<BigDecimal> attainment) {
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (BudgetLine line : realization.lines()) {
            BudgetRealization.Efficiency efficiency = line.efficiency(attainment);
            rows.add(List.of(
                    Cell.of(String.valueOf(++number)),
                    Cell.of(line.code()),
                    Cell.of(line.name()),
                    rupiah(line.ceiling()),
                    realized(line.realized()),
                    absorption(line.realized(), line.absorption()),
                    percentOrNone(attainment),
                    difference(efficiency)));
        }
        rows.add(List.of(
                Cell.of(""),
                Cell.of(""),
                Cell.of("Jumlah"),
                rupiah(realization.totalCeiling()),
                realized(realization.totalRealized()),
                absorption(realization.totalRealized(), realization.absorption()),
                percentOrNone(attainment),
                difference(realization.efficiency(attainment))));
        return new Block.Table(
                "Realisasi Anggaran " + year,
                List.of(
                        Column.centered("No", 3),
                        Column.text("Kode", 10),
                        Column.text("Program / Kegiatan", 30),
                        Column.number("Pagu (Rp)", 16),
                        Column.number("Realisasi (Rp)", 16),
                        Column.centered("Serapan %", 9),
                        Column.centered("Capaian kinerja %", 9),
                        Column.centered("Selisih capaian − serapan (poin)", 10)),
                rows);
    }

    /** The figures of Bab III B by a stable key (programme code and column), as printed: what a re-issue compares. */
    static List<ReportFigure> figures(UnitEvaluation evaluation, Optional<YearBudget> budget) {
        List<ReportFigure> figures = new ArrayList<>();
        budget.ifPresent(held -> {
            for (BudgetLine line : held.realization().lines()) {
                String key = "budget:" + line.code();
                String name = "Anggaran " + line.code() + " " + line.name();
                figures.add(new ReportFigure(
                        key + ":pagu", name + " — Pagu", rupiah(line.ceiling()).text()));
                figures.add(new ReportFigure(
                        key + ":realisasi",
                        name + " — Realisasi",
                        realized(line.realized()).text()));
                figures.add(new ReportFigure(
                        key + ":serapan",
                        name + " — Serapan",
                        absorption(line.realized(), line.absorption()).text()));
            }
            figures.add(new ReportFigure(
                    "budget:efficiency",
                    "Efisiensi anggaran",
                    efficiencyLine(
                            held.realization().efficiency(evaluation.score().percent()))));
        });
        return figures;
    }

    static String efficiencyLine(BudgetRealization.Efficiency efficiency) {
        String attainment = efficiency.attainment().map(StatedFigures::percent).orElse("belum dapat dihitung");
        String absorption = efficiency
                .absorption()
                .map(StatedFigures::percent)
                .orElse("belum dapat dihitung (ada realisasi yang belum diisi)");
        return "Efisiensi: capaian kinerja rata-rata " + attainment + " dengan serapan anggaran " + absorption
                + efficiency
                        .difference()
                        .map(points -> "; selisih capaian terhadap serapan "
                                + id.kinerja.domain.shared.IndonesianNumber.format(points) + " poin persentase"
                                + (points.signum() >= 0
                                        ? " (hasil kinerja melampaui penyerapan anggaran)."
                                        : " (penyerapan anggaran melampaui hasil kinerja)."))
                        .orElse(".");
    }

    private static Cell realized(Optional<BigDecimal> realized) {
        return realized.map(BudgetSection::rupiah).orElse(Cell.of(StatedFigures.NOT_FILLED));
    }

    private static Cell rupiah(BigDecimal amount) {
        return Figures.rupiah(BudgetLine.asWritten(amount));
    }

    private static Cell absorption(Optional<BigDecimal> realized, Optional<BigDecimal> absorption) {
        if (realized.isEmpty()) {
            return Cell.of(StatedFigures.NOT_FILLED);
        }
        return absorption.map(Figures::percent).orElse(Cell.of(StatedFigures.NOT_COMPUTABLE));
    }

    private static Cell percentOrNone(Optional<BigDecimal> percent) {
        return percent.map(Figures::percent).orElse(Cell.of(StatedFigures.NOT_COMPUTABLE));
    }

    private static Cell difference(BudgetRealization.Efficiency efficiency) {
        return efficiency.difference().map(Figures::number).orElse(Cell.of(StatedFigures.NONE));
    }
}
