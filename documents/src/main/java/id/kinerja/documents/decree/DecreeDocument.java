package id.kinerja.documents.decree;

import id.kinerja.documents.render.Block;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Block.Column;
import id.kinerja.documents.render.Document;
import id.kinerja.documents.render.Figures;
import id.kinerja.documents.render.LinearFormula;
import id.kinerja.domain.decree.DecisionLabels;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Keputusan IKU as the paper prints it: the decree (Menimbang, Mengingat, MEMUTUSKAN, the signature) in
 * portrait, then the Lampiran in landscape — the unit, its duty and functions, and the table No | Sasaran |
 * Indikator Kinerja Utama | Definisi Operasional | Penjelasan/Formulasi | Satuan | Target per year | Sumber
 * Data.
 */
public final class DecreeDocument {
    private DecreeDocument() {}

    public static Document of(DecreeAnnex annex) {
        Decree decree = annex.decree();
        DecreeContent content = decree.content();
        String number = content.number().value();
        String enacted = decree.enactedOn().map(IndonesianDate::format).orElse("(belum ditetapkan)");
        List<Block> body = new ArrayList<>();
        body.add(Block.Paragraph.title("KEPUTUSAN " + content.issuingOfficial().toUpperCase(java.util.Locale.ROOT)));
        body.add(Block.Paragraph.title("NOMOR " + number));
        body.add(Block.Paragraph.title("TENTANG"));
        body.add(Block.Paragraph.title(content.title().toUpperCase(java.util.Locale.ROOT)));
        body.add(Block.Paragraph.title(content.issuingOfficial().toUpperCase(java.util.Locale.ROOT) + ","));
        body.add(new Block.Heading(2, "Menimbang"));
        for (int i = 0; i < content.considerations().size(); i++) {
            body.add(Block.Paragraph.of(
                    (char) ('a' + i) + ". " + content.considerations().get(i)));
        }
        body.add(new Block.Heading(2, "Mengingat"));
        for (int i = 0; i < content.legalBases().size(); i++) {
            body.add(Block.Paragraph.of((i + 1) + ". " + content.legalBases().get(i)));
        }
        body.add(Block.Paragraph.title("MEMUTUSKAN:"));
        for (int i = 0; i < content.decisions().size(); i++) {
            body.add(Block.Paragraph.of(
                    DecisionLabels.of(i) + " : " + content.decisions().get(i)));
        }
        body.add(new Block.Signatures(List.of(new Block.Signer(
                "Ditetapkan di " + Optional.ofNullable(content.place()).orElse("—") + "\npada tanggal " + enacted,
                content.signatory().position(),
                content.signatory().name(),
                null))));

        List<Block> appendix = new ArrayList<>();
        appendix.add(Block.Paragraph.of(
                "LAMPIRAN KEPUTUSAN " + content.issuingOfficial().toUpperCase(java.util.Locale.ROOT) + "\nNOMOR "
                        + number + "\nTANGGAL " + enacted));
        appendix.add(new Block.Heading(
                1, "INDIKATOR KINERJA UTAMA\n" + annex.unit().profile().name().toUpperCase(java.util.Locale.ROOT)));
        appendix.add(Block.Paragraph.of(
                "Tugas: " + String.join(" ", annex.unit().profile().tasks())));
        List<String> functions = annex.unit().profile().functions();
        if (!functions.isEmpty()) {
            StringBuilder listed = new StringBuilder("Fungsi:");
            for (int i = 0; i < functions.size(); i++) {
                listed.append('\n').append((char) ('a' + i)).append(". ").append(functions.get(i));
            }
            appendix.add(Block.Paragraph.of(listed.toString()));
        }
        appendix.add(annexTable(annex));
        return new Document(
                "Keputusan " + number, List.of(Document.Part.portrait(body), Document.Part.landscape(appendix)));
    }

    /** The IKU table: one row per indicator, the objective written on each row it governs. */
    public static Block.Table annexTable(DecreeAnnex annex) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.centered("No", 3),
                Column.text("Sasaran", 14),
                Column.text("Indikator Kinerja Utama", 13),
                Column.text("Definisi Operasional", 18),
                Column.text("Penjelasan / Formulasi", 18),
                Column.centered("Satuan", 6)));
        for (Year year : annex.years()) {
            columns.add(Column.centered("Target " + year.value(), 7));
        }
        columns.add(Column.text("Sumber Data", 12));
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (DecreeAnnex.Row row : annex.rows()) {
            IndicatorDefinition definition = row.indicator().definition();
            List<Cell> cells = new ArrayList<>(List.of(
                    Cell.of(String.valueOf(++number)),
                    Cell.of(row.objective().code() + ". " + row.objective().statement()),
                    Cell.of((definition.code() == null ? "" : definition.code() + " ") + definition.name()),
                    Cell.of(definition.definition()),
                    // on paper as words; in the XLSX as written, so the annex comes back through the matrix import
                    Cell.printedAs(LinearFormula.of(definition.formula()), definition.formula()),
                    Cell.of(definition.unitOfMeasure())));
            for (Year year : annex.years()) {
                cells.add(row.indicator()
                        .targetFor(year)
                        .map(DecreeDocument::target)
                        .orElse(Cell.of("—")));
            }
            cells.add(Cell.of(definition.dataSource()));
            rows.add(cells);
        }
        return new Block.Table("Lampiran IKU", columns, rows);
    }

    /** "87,50 (Baik)" in print; the number alone in a spreadsheet when the target is one number. */
    public static Cell target(Target target) {
        if (target.value() instanceof TargetValue.Numeric numeric) {
            Cell figure = Figures.number(numeric.amount());
            String category = target.category()
                    .map(words -> "\" (" + words.replace("\"", "") + ")\"")
                    .orElse("");
            return Cell.number(target.display(), figure.number(), figure.numberFormat() + category);
        }
        return Cell.of(target.display());
    }
}
