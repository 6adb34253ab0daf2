package id.kinerja.documents.report;

import id.kinerja.documents.render.Block;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Block.Column;
import id.kinerja.documents.render.Document;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.IndicatorDefinition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Perjanjian Kinerja as drawn from the unit's IKU: the statement of the two parties, the year's targets per
 * objective and indicator of the decree in force, and the signature block. The first party is the decree's
 * signatory, the unit's head.
 */
public final class AgreementDocument {
    private AgreementDocument() {}

    public static Document of(UnitEvaluation evaluation) {
        String unit = evaluation.unit().profile().name();
        int year = evaluation.year().value();
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, "PERJANJIAN KINERJA TAHUN " + year + "\n" + unit.toUpperCase(Locale.ROOT)));
        String head = evaluation
                .decree()
                .map(decree -> decree.content().signatory().name())
                .orElse("—");
        String position = evaluation
                .decree()
                .map(decree -> decree.content().signatory().position())
                .orElse("—");
        blocks.add(Block.Paragraph.of("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan"
                + " akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"));
        blocks.add(Block.Paragraph.of(
                "Nama: " + head + "\nJabatan: " + position + "\nselanjutnya disebut pihak pertama."));
        blocks.add(Block.Paragraph.of(
                "Nama: …………………………\nJabatan: atasan langsung pihak pertama" + "\nselanjutnya disebut pihak kedua."));
        blocks.add(Block.Paragraph.of("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai"
                + " lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah"
                + " ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja"
                + " tersebut menjadi tanggung jawab kami."));
        blocks.add(new Block.Signatures(List.of(
                new Block.Signer("Pihak Kedua,", "ATASAN LANGSUNG,", "…………………………", null),
                new Block.Signer("Pihak Pertama,", position, head, null))));
        List<Block> annex = new ArrayList<>();
        annex.add(new Block.Heading(
                1, "LAMPIRAN PERJANJIAN KINERJA TAHUN " + year + "\n" + unit.toUpperCase(Locale.ROOT)));
        annex.add(targets(evaluation));
        evaluation
                .decree()
                .map(Decree::content)
                .ifPresent(content -> annex.add(Block.Paragraph.of(
                        "Sumber: Keputusan Nomor " + content.number().value() + " tentang " + content.title())));
        return new Document(
                "Perjanjian Kinerja " + year + " " + unit,
                List.of(Document.Part.portrait(blocks), Document.Part.portrait(annex)));
    }

    /** No | Sasaran Strategis | Indikator Kinerja | Satuan | Target: the year's targets, per objective. */
    public static Block.Table targets(UnitEvaluation evaluation) {
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                IndicatorDefinition definition = indicator.indicator().definition();
                rows.add(List.of(
                        Cell.of(String.valueOf(++number)),
                        Cell.of(objective.objective().code() + ". "
                                + objective.objective().statement()),
                        Cell.of(definition.name()),
                        Cell.of(definition.unitOfMeasure()),
                        StatedFigures.target(indicator.year().target())));
            }
        }
        return new Block.Table(
                "PK " + evaluation.year().value(),
                List.of(
                        Column.centered("No", 4),
                        Column.text("Sasaran Strategis", 30),
                        Column.text("Indikator Kinerja", 36),
                        Column.centered("Satuan", 10),
                        Column.centered("Target " + evaluation.year().value(), 14)),
                rows);
    }
}
