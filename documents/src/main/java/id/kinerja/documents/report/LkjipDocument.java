package id.kinerja.documents.report;

import id.kinerja.documents.decree.DecreeDocument;
import id.kinerja.documents.render.Block;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Block.Column;
import id.kinerja.documents.render.Document;
import id.kinerja.domain.agreement.YearBudget;
import id.kinerja.domain.evaluation.AttainmentScore;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.report.IssueStamp;
import id.kinerja.domain.report.Narrative;
import id.kinerja.domain.report.NarrativeSection;
import id.kinerja.domain.shared.IndonesianDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Laporan Kinerja Instansi Pemerintah in the structure of PermenPANRB 53/2014: cover (unnumbered), table of
 * contents with each chapter's and section's page, Ikhtisar Eksekutif,
 * Bab I Pendahuluan, Bab II Perencanaan Kinerja (with the year's PK), Bab III Akuntabilitas Kinerja (the
 * table per objective and indicator, landscape), Bab IV Penutup, and the annexes (PK, IKU decree). Every
 * figure is the engine's; sections whose narrative has not been written say so.
 */
public final class LkjipDocument {
    static final String NOT_WRITTEN = "(Uraian bagian ini belum ditulis.)";

    private LkjipDocument() {}

    public static Document of(UnitEvaluation evaluation, Optional<DecreeAnnex> annex) {
        return of(evaluation, annex, Narrative.NONE, Optional.empty());
    }

    /** The report without Bab III B's budget (as while the unit has no PK for the year). */
    public static Document of(
            UnitEvaluation evaluation, Optional<DecreeAnnex> annex, Narrative narrative, Optional<IssueStamp> stamp) {
        return of(evaluation, annex, narrative, Optional.empty(), stamp);
    }

    /**
     * The report with the narrative written so far; an issued report carries its issue number and date on
     * the cover and above the signature.
     */
    public static Document of(
            UnitEvaluation evaluation,
            Optional<DecreeAnnex> annex,
            Narrative narrative,
            Optional<YearBudget> budget,
            Optional<IssueStamp> stamp) {
        UnitProfile unit = evaluation.unit().profile();
        int year = evaluation.year().value();
        List<Document.Part> parts = new ArrayList<>();
        List<Block> cover = new ArrayList<>();
        cover.add(new Block.Heading(1, "LAPORAN KINERJA INSTANSI PEMERINTAH\n(LKjIP)\nTAHUN " + year));
        cover.add(Block.Paragraph.centered(unit.name().toUpperCase(Locale.ROOT)));
        cover.add(Block.Paragraph.centered(evaluation
                .decree()
                .map(decree -> "IKU menurut Keputusan Nomor "
                        + decree.content().number().value())
                .orElse("Tanpa keputusan IKU yang berlaku")));
        cover.add(Block.Paragraph.centered(stamp.map(issued ->
                        "Terbitan Nomor " + issued.number() + ", tanggal " + IndonesianDate.format(issued.issuedOn()))
                .orElse("PRATINJAU — belum diterbitkan")));
        evaluation.asOf().ifPresent(day -> cover.add(Block.Paragraph.centered(asOfSentence(day))));
        parts.add(Document.Part.cover(cover));
        // the contents list every chapter and section heading below with the page it starts on
        parts.add(Document.Part.portrait(List.of(new Block.Contents("DAFTAR ISI"))));

        List<Block> body = new ArrayList<>();
        body.add(new Block.Heading(1, "IKHTISAR EKSEKUTIF"));
        body.add(Block.Paragraph.of(summary(evaluation)));
        body.add(written(narrative, NarrativeSection.EXECUTIVE_SUMMARY));
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
        body.add(written(narrative, NarrativeSection.STRATEGIC_ISSUES));
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
        body.add(written(narrative, NarrativeSection.PLAN_SUMMARY));
        body.add(new Block.Heading(2, "B. Perjanjian Kinerja Tahun " + year));
        // the stored, signed PK (issue 13 item 1) replaces this table of the decree's targets when it exists
        body.add(AgreementDocument.targets(evaluation));
        parts.add(Document.Part.portrait(body));

        List<Block> accountability = new ArrayList<>();
        accountability.add(new Block.Heading(1, "BAB III AKUNTABILITAS KINERJA"));
        accountability.add(new Block.Heading(2, "A. Capaian Kinerja Organisasi"));
        accountability.add(table(evaluation));
        accountability.add(Block.Paragraph.of(scoreLine(evaluation.score(), evaluation)));
        accountability.addAll(LkjipAnalyses.of(evaluation, narrative));
        accountability.add(new Block.Heading(2, "B. Realisasi Anggaran"));
        accountability.addAll(BudgetSection.of(evaluation, budget));
        parts.add(Document.Part.landscape(accountability));

        List<Block> closing = new ArrayList<>();
        closing.add(new Block.Heading(1, "BAB IV PENUTUP"));
        closing.add(Block.Paragraph.of(summary(evaluation)));
        closing.add(written(narrative, NarrativeSection.CLOSING));
        evaluation
                .decree()
                .ifPresent(decree -> closing.add(new Block.Signatures(List.of(new Block.Signer(
                        decree.content().place() + ", "
                                + stamp.map(issued -> IndonesianDate.format(issued.issuedOn()))
                                        .orElse("……………… " + (year + 1)),
                        decree.content().signatory().position(),
                        decree.content().signatory().name(),
                        null)))));
        parts.add(Document.Part.portrait(closing));
        parts.add(Document.Part.portrait(List.of(
                new Block.Heading(1, "LAMPIRAN"),
                new Block.Heading(2, "Lampiran 1. Perjanjian Kinerja Tahun " + year),
                AgreementDocument.targets(evaluation))));
        annex.ifPresent(iku -> parts.add(Document.Part.landscape(List.of(
                new Block.Heading(
                        2,
                        "Lampiran 2. Keputusan IKU Nomor "
                                + iku.decree().content().number().value()),
                DecreeDocument.annexTable(iku)))));
        parts.add(Document.Part.landscape(List.of(
                new Block.Heading(2, "Lampiran 3. Hasil Survei Kepuasan Masyarakat di balik angka IKM"),
                LkjipAnalyses.surveys(evaluation))));
        return new Document("LKjIP " + year + " " + unit.name(), parts);
    }

    /**
     * What a report drawn as of a past day stands for (ADR 0031): a reconstruction, not an issue; its figures
     * are those verified by then, the rest is as recorded when printed.
     */
    static String asOfSentence(java.time.LocalDate day) {
        return "Keadaan per " + IndonesianDate.format(day)
                + ": angka realisasi yang telah diverifikasi sampai tanggal itu; uraian, nama unit, skala"
                + " penilaian dan realisasi anggaran sebagaimana tercatat saat dicetak.";
    }

    /** A written section, or the words that say it has not been written. */
    private static Block written(Narrative narrative, NarrativeSection section) {
        return Block.Paragraph.of(narrative.text(section).orElse(NOT_WRITTEN));
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

    static String summary(UnitEvaluation evaluation) {
        int indicators = evaluation.objectives().stream()
                .mapToInt(objective -> objective.indicators().size())
                .sum();
        return "Pada tahun " + evaluation.year().value() + ", "
                + evaluation.unit().profile().name() + " mengukur "
                + indicators + " indikator kinerja utama pada "
                + evaluation.objectives().size()
                + " sasaran strategis. " + scoreLine(evaluation.score(), evaluation);
    }

    /** The unit's mean attainment and rating, with what it left out and why: one line. */
    public static String scoreLine(AttainmentScore score, UnitEvaluation evaluation) {
        String mean = score.percent()
                .map(percent -> "Rata-rata capaian seluruh indikator " + StatedFigures.percent(percent)
                        + score.rating().map(rating -> " (" + rating + ")").orElse(""))
                .orElse("Rata-rata capaian belum dapat dihitung");
        return mean + " menurut skala " + evaluation.scale().name() + "; dihitung dari " + score.averaged()
                + " indikator, belum diisi " + score.notFilled() + ", tidak berlaku " + score.notApplicable()
                + ", tidak dapat dihitung " + score.notComputable() + ".";
    }
}
