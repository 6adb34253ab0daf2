package id.kinerja.documents.report;

import id.kinerja.documents.decree.DecreeDocument;
import id.kinerja.documents.render.Block;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Block.Column;
import id.kinerja.documents.render.Document;
import id.kinerja.domain.evaluation.AttainmentScore;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Laporan Kinerja Instansi Pemerintah in the structure of PermenPANRB 53/2014: cover, Ikhtisar Eksekutif,
 * Bab I Pendahuluan, Bab II Perencanaan Kinerja (with the year's PK), Bab III Akuntabilitas Kinerja (the
 * table per objective and indicator, landscape), Bab IV Penutup, and the annexes (PK, IKU decree). Every
 * figure is the engine's; sections whose narrative has not been written say so.
 */
public final class LkjipDocument {
    static final String NOT_WRITTEN = "(Uraian bagian ini belum ditulis.)";

    private LkjipDocument() {}

    public static Document of(UnitEvaluation evaluation, Optional<DecreeAnnex> annex) {
        UnitProfile unit = evaluation.unit().profile();
        int year = evaluation.year().value();
        List<Document.Part> parts = new ArrayList<>();
        parts.add(Document.Part.portrait(List.of(
                new Block.Heading(1, "LAPORAN KINERJA INSTANSI PEMERINTAH\n(LKjIP)\nTAHUN " + year),
                Block.Paragraph.centered(unit.name().toUpperCase(Locale.ROOT)),
                Block.Paragraph.centered(evaluation
                        .decree()
                        .map(decree -> "IKU menurut Keputusan Nomor "
                                + decree.content().number().value())
                        .orElse("Tanpa keputusan IKU yang berlaku")),
                new Block.Heading(2, "Daftar Isi"),
                Block.Paragraph.of("Ikhtisar Eksekutif\nBab I Pendahuluan\nBab II Perencanaan Kinerja\n"
                        + "Bab III Akuntabilitas Kinerja\nBab IV Penutup\nLampiran"))));
        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "IKHTISAR EKSEKUTIF"));
        body.add(Block.Paragraph.of(summary(evaluation)));
        body.add(new Block.Heading(1, "BAB I PENDAHULUAN"));
        body.add(new Block.Heading(2, "A. Organisasi"));
        body.add(Block.Paragraph.of(unit.name()));
        body.add(new Block.Heading(2, "B. Tugas dan Fungsi"));
        body.add(Block.Paragraph.of("Tugas: " + String.join(" ", unit.tasks())));
        if (!unit.functions().isEmpty()) {
            StringBuilder functions = new StringBuilder("Fungsi:");
            for (int i = 0; i < unit.functions().size(); i++) {
                functions
                        .append('\n')
                        .append(UnitProfile.functionLetter(i))
                        .append(". ")
                        .append(unit.functions().get(i));
            }
            body.add(Block.Paragraph.of(functions.toString()));
        }
        body.add(new Block.Heading(2, "C. Isu Strategis"));
        body.add(Block.Paragraph.of(NOT_WRITTEN));
        body.add(new Block.Heading(1, "BAB II PERENCANAAN KINERJA"));
        body.add(new Block.Heading(2, "A. Rencana Strategis"));
        body.add(Block.Paragraph.of(
                evaluation.objectives().isEmpty()
                        ? "Tidak ada sasaran strategis yang berlaku pada tahun " + year + "."
                        : "Sasaran strategis: "
                                + evaluation.objectives().stream()
                                        .map(objective -> objective.objective().code() + ". "
                                                + objective.objective().statement())
                                        .collect(Collectors.joining("; "))
                                + "."));
        body.add(new Block.Heading(2, "B. Perjanjian Kinerja Tahun " + year));
        body.add(AgreementDocument.targets(evaluation));
        parts.add(Document.Part.portrait(body));

        List<Block> accountability = new ArrayList<>();
        accountability.add(new Block.Heading(1, "BAB III AKUNTABILITAS KINERJA"));
        accountability.add(new Block.Heading(2, "A. Capaian Kinerja Organisasi"));
        accountability.add(table(evaluation));
        accountability.add(Block.Paragraph.of(scoreLine(evaluation.score(), evaluation)));
        accountability.add(new Block.Heading(3, "Analisis capaian"));
        accountability.add(Block.Paragraph.of("1. Target dan realisasi tahun ini, 2. dibandingkan tahun-tahun"
                + " sebelumnya, 3. terhadap target akhir periode dan 4. terhadap standar nasional: lihat tabel di atas."
                + "\n5. Penyebab keberhasilan atau kegagalan serta solusi: " + NOT_WRITTEN
                + "\n6. Efisiensi penggunaan sumber daya: " + NOT_WRITTEN
                + "\n7. Program dan kegiatan yang menunjang atau menghambat: " + NOT_WRITTEN));
        accountability.add(new Block.Heading(2, "B. Realisasi Anggaran"));
        accountability.add(
                Block.Paragraph.of("Belum ada pagu dan realisasi anggaran yang dicatat untuk tahun " + year + "."));
        parts.add(Document.Part.landscape(accountability));

        parts.add(Document.Part.portrait(List.of(
                new Block.Heading(1, "BAB IV PENUTUP"),
                Block.Paragraph.of(summary(evaluation)),
                Block.Paragraph.of(NOT_WRITTEN),
                new Block.Heading(1, "LAMPIRAN"),
                new Block.Heading(2, "Lampiran 1. Perjanjian Kinerja Tahun " + year),
                AgreementDocument.targets(evaluation))));
        annex.ifPresent(iku -> parts.add(Document.Part.landscape(List.of(
                new Block.Heading(
                        2,
                        "Lampiran 2. Keputusan IKU Nomor "
                                + iku.decree().content().number().value()),
                DecreeDocument.annexTable(iku)))));
        return new Document("LKjIP " + year + " " + unit.name(), parts);
    }

    /** The Bab III table, one row per indicator, in the columns of PermenPANRB 53/2014. */
    public static Block.Table table(UnitEvaluation evaluation) {
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                YearFigure current = indicator.year();
                rows.add(List.of(
                        Cell.of(String.valueOf(++number)),
                        Cell.of(objective.objective().code() + ". "
                                + objective.objective().statement()),
                        Cell.of(indicator.indicator().definition().name()),
                        Cell.of(indicator.indicator().definition().unitOfMeasure()),
                        StatedFigures.target(current.target()),
                        StatedFigures.value(current.value()),
                        StatedFigures.attainment(current.attainment()),
                        Cell.of(
                                indicator.previousYears().isEmpty()
                                        ? StatedFigures.NONE
                                        : indicator.previousYears().stream()
                                                .map(StatedFigures::earlier)
                                                .collect(Collectors.joining("\n"))),
                        indicator
                                .endOfPlan()
                                .map(end -> StatedFigures.target(Optional.of(end.target())))
                                .orElse(Cell.of(StatedFigures.NONE)),
                        indicator
                                .endOfPlan()
                                .map(end -> StatedFigures.attainment(end.attainment()))
                                .orElse(Cell.of(StatedFigures.NONE)),
                        Cell.of(StatedFigures.NONE),
                        Cell.of(current.rating().orElse(StatedFigures.NONE)),
                        Cell.of(StatedFigures.verified(current.value()))));
            }
        }
        return new Block.Table(
                "Capaian " + evaluation.year().value(),
                List.of(
                        Column.centered("No", 3),
                        Column.text("Sasaran", 13),
                        Column.text("Indikator", 14),
                        Column.centered("Satuan", 6),
                        Column.centered("Target", 7),
                        Column.centered("Realisasi", 7),
                        Column.centered("Capaian %", 7),
                        Column.text("Realisasi dan capaian tahun sebelumnya", 10),
                        Column.centered("Target akhir periode", 7),
                        Column.centered("Capaian s.d. tahun ini thd. target akhir", 8),
                        Column.centered("Standar nasional", 6),
                        Column.centered("Kriteria", 7),
                        Column.text("Keterangan", 8)),
                rows);
    }

    private static String summary(UnitEvaluation evaluation) {
        int indicators = evaluation.objectives().stream()
                .mapToInt(objective -> objective.indicators().size())
                .sum();
        return "Pada tahun " + evaluation.year().value() + ", "
                + evaluation.unit().profile().name() + " mengukur "
                + indicators + " indikator kinerja utama pada "
                + evaluation.objectives().size()
                + " sasaran strategis. " + scoreLine(evaluation.score(), evaluation);
    }

    private static String scoreLine(AttainmentScore score, UnitEvaluation evaluation) {
        String mean = score.percent()
                .map(percent -> "Rata-rata capaian seluruh indikator " + StatedFigures.percent(percent)
                        + score.rating().map(rating -> " (" + rating + ")").orElse(""))
                .orElse("Rata-rata capaian belum dapat dihitung");
        return mean + " menurut skala " + evaluation.scale().name() + "; dihitung dari " + score.averaged()
                + " indikator, belum diisi " + score.notFilled() + ", tidak berlaku " + score.notApplicable()
                + ", tidak dapat dihitung " + score.notComputable() + ".";
    }
}
