package id.kinerja.documents.report;

import id.kinerja.documents.render.Block;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Block.Column;
import id.kinerja.documents.render.Document;
import id.kinerja.documents.render.Figures;
import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.UnitRecap;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Rekapitulasi capaian kinerja: the recap across units as one table, a row per unit in the order the reader
 * chose — the score with its rating, the indicators by state, one column per band of the rating scale, the
 * realizations waiting for review, and whether the year is closed. Every figure is the engine's.
 */
public final class RecapDocument {
    private RecapDocument() {}

    public static Document of(Year year, RatingScale scale, List<UnitRecap> lines) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.centered("No", 4),
                Column.text("Unit", 24),
                Column.text("Unit induk", 18),
                Column.number("Nilai capaian", 9),
                Column.text("Predikat", 10),
                Column.number("Jumlah indikator", 7),
                Column.number("Tercapai", 7),
                Column.number("Tidak tercapai", 7),
                Column.number("Belum diisi", 7),
                Column.number("Tidak dapat dihitung", 7)));
        scale.bands().forEach(band -> columns.add(Column.number(band.label(), 7)));
        columns.add(Column.number("Menunggu verifikasi", 7));
        columns.add(Column.centered("Tahun ditutup", 7));
        columns.add(Column.text("Dasar target", 9));
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            UnitRecap line = lines.get(i);
            List<Cell> row = new ArrayList<>(List.of(
                    Cell.of(Integer.toString(i + 1)),
                    Cell.of(line.name()),
                    Cell.of(line.parentName() == null ? "" : line.parentName()),
                    line.score().percent().map(Figures::percent).orElseGet(() -> Cell.of(noScore(line))),
                    Cell.of(line.score().rating().orElse("")),
                    count(line.indicators()),
                    count(line.met()),
                    count(line.notMet()),
                    count(line.notFilled()),
                    count(line.notComputable())));
            line.ratings().forEach(rating -> row.add(count(rating.count())));
            row.add(count(line.waitingForReview()));
            row.add(Cell.of(line.closed() ? "Ya" : "Tidak"));
            // which targets the line was measured against, as the recap page says it (ADR 0036)
            row.add(Cell.of(
                    line.targetSource().basis() == id.kinerja.domain.evaluation.TargetBasis.AGREEMENT
                            ? "Target PK versi "
                                    + line.targetSource().agreementVersion().orElse(0)
                            : "Target IKU"));
            rows.add(row);
        }
        return new Document(
                "Rekapitulasi Capaian Kinerja " + year.value(),
                List.of(Document.Part.landscape(List.of(
                        new Block.Heading(1, "REKAPITULASI CAPAIAN KINERJA TAHUN " + year.value()),
                        Block.Paragraph.of("Predikat menurut " + scale.name() + "."),
                        new Block.Table("Rekapitulasi " + year.value(), columns, rows)))));
    }

    private static String noScore(UnitRecap line) {
        return line.decreeInForce() ? "tidak dapat dihitung" : "tidak ada IKU yang berlaku";
    }

    private static Cell count(int value) {
        return Cell.number(Integer.toString(value), BigDecimal.valueOf(value), "0");
    }
}
