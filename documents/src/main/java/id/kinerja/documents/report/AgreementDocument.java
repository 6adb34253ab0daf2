package id.kinerja.documents.report;

import id.kinerja.documents.render.Block;
import id.kinerja.documents.render.Block.Cell;
import id.kinerja.documents.render.Block.Column;
import id.kinerja.documents.render.Document;
import id.kinerja.documents.render.Figures;
import id.kinerja.domain.agreement.AgreedTarget;
import id.kinerja.domain.agreement.AgreementParty;
import id.kinerja.domain.agreement.AgreementProgramme;
import id.kinerja.domain.agreement.AgreementSheet;
import id.kinerja.domain.agreement.PerformanceAgreement;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.TargetBasis;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.shared.IndonesianDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Perjanjian Kinerja: the statement of the two parties, the signature block and the annex of targets per
 * objective and indicator with the programmes and their budget. A stored version prints its parties (with NIP),
 * its agreed targets (an adjusted one with the IKU target it replaces and why) and its signing date; while none is stored the
 * IKU's targets are printed as a proposal with the decree's signatory as the first party.
 */
public final class AgreementDocument {
    private static final String BLANK = "…………………………";

    private AgreementDocument() {}

    public static Document of(AgreementSheet sheet) {
        String unit = sheet.unit().profile().name();
        int year = sheet.year().value();
        Optional<PerformanceAgreement> stored = sheet.agreement();
        String title = "PERJANJIAN KINERJA"
                + stored.filter(pk -> pk.number() > 1).map(pk -> " PERUBAHAN").orElse("")
                + " TAHUN " + year;
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Block.Heading(1, title + "\n" + unit.toUpperCase(Locale.ROOT)));
        stored.ifPresent(pk -> blocks.add(Block.Paragraph.centered("Versi " + pk.number()
                + (pk.signed() ? ", ditandatangani " + IndonesianDate.format(pk.signedOn()) : " (rancangan)"))));
        Optional<AgreementParty> first = stored.map(PerformanceAgreement::firstParty);
        Optional<AgreementParty> second = stored.map(PerformanceAgreement::secondParty);
        String firstName = first.map(AgreementParty::name)
                .or(() -> sheet.decree()
                        .map(decree -> decree.content().signatory().name()))
                .orElse(BLANK);
        String firstPosition = first.map(AgreementParty::position)
                .or(() -> sheet.decree()
                        .map(decree -> decree.content().signatory().position()))
                .orElse(BLANK);
        blocks.add(Block.Paragraph.of("Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan"
                + " akuntabel serta berorientasi pada hasil, kami yang bertanda tangan di bawah ini:"));
        blocks.add(Block.Paragraph.of("Nama: " + firstName + "\nJabatan: " + firstPosition
                + first.map(party -> "\nNIP: " + party.nip().value()).orElse("")
                + "\nselanjutnya disebut pihak pertama."));
        blocks.add(
                Block.Paragraph.of("Nama: " + second.map(AgreementParty::name).orElse(BLANK) + "\nJabatan: "
                        + second.map(AgreementParty::position).orElse("atasan langsung pihak pertama")
                        + second.map(party -> "\nNIP: " + party.nip().value()).orElse("")
                        + "\nselanjutnya disebut pihak kedua."));
        blocks.add(Block.Paragraph.of("Pihak pertama berjanji akan mewujudkan target kinerja yang seharusnya sesuai"
                + " lampiran perjanjian ini, dalam rangka mencapai target kinerja jangka menengah seperti yang telah"
                + " ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target kinerja"
                + " tersebut menjadi tanggung jawab kami."));
        blocks.add(Block.Paragraph.of("Pihak kedua akan melakukan supervisi yang diperlukan serta akan melakukan"
                + " evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang diperlukan"
                + " dalam rangka pemberian penghargaan dan sanksi."));
        stored.flatMap(PerformanceAgreement::reason)
                .ifPresent(reason -> blocks.add(Block.Paragraph.of("Alasan perubahan: " + reason)));
        String signedOn = stored.filter(PerformanceAgreement::signed)
                .map(pk -> IndonesianDate.format(pk.signedOn()))
                .orElse("…………… " + year);
        // dated where the decree was made, above the first party as a PK is signed; the second party's
        // column starts with an empty line so that both parties' names stand level
        String placeAndDate = sheet.decree()
                        .map(Decree::content)
                        .map(DecreeContent::place)
                        .filter(place -> !place.isBlank())
                        .map(place -> place + ", ")
                        .orElse("")
                + signedOn;
        blocks.add(new Block.Signatures(List.of(
                new Block.Signer(
                        "\nPihak Kedua,",
                        second.map(AgreementParty::position).orElse("ATASAN LANGSUNG,"),
                        second.map(AgreementParty::name).orElse(BLANK),
                        second.map(party -> party.nip().value()).orElse(null)),
                new Block.Signer(
                        placeAndDate + "\nPihak Pertama,",
                        firstPosition,
                        firstName,
                        first.map(party -> party.nip().value()).orElse(null)))));
        List<Block> annex = new ArrayList<>();
        annex.add(new Block.Heading(1, "LAMPIRAN " + title + "\n" + unit.toUpperCase(Locale.ROOT)));
        annex.add(targets(sheet));
        stored.filter(pk -> !pk.programmes().isEmpty()).ifPresent(pk -> annex.add(programmes(pk, year)));
        sheet.decree()
                .map(Decree::content)
                .ifPresent(content -> annex.add(Block.Paragraph.of(
                        "Sumber: Keputusan Nomor " + content.number().value() + " tentang " + content.title())));
        return new Document(
                "Perjanjian Kinerja " + year + " " + unit,
                List.of(Document.Part.portrait(blocks), Document.Part.portrait(annex)));
    }

    /**
     * No | Sasaran Strategis | Indikator Kinerja | Satuan | Target | Keterangan: the agreed targets; an adjusted
     * one says in its last column the IKU target it replaces and why.
     */
    static Block.Table targets(AgreementSheet sheet) {
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        for (AgreementSheet.Line line : sheet.lines()) {
            IndicatorDefinition definition = line.indicator().definition();
            String note = line.agreed()
                    .flatMap(AgreedTarget::reason)
                    .map(reason -> "Disesuaikan dari target IKU "
                            + line.ikuTarget().map(target -> target.display()).orElse("—") + ": " + reason)
                    .orElse("");
            rows.add(List.of(
                    Cell.of(String.valueOf(++number)),
                    Cell.of(line.objective().code() + ". " + line.objective().statement()),
                    Cell.of(definition.name()),
                    Cell.of(definition.unitOfMeasure()),
                    StatedFigures.target(line.target()),
                    Cell.of(note)));
        }
        return new Block.Table(
                "PK " + sheet.year().value(),
                List.of(
                        Column.centered("No", 4),
                        Column.text("Sasaran Strategis", 24),
                        Column.text("Indikator Kinerja", 28),
                        Column.centered("Satuan", 8),
                        Column.centered("Target " + sheet.year().value(), 12),
                        Column.text("Keterangan", 24)),
                rows);
    }

    /** No | Kode | Program / Kegiatan | Anggaran: the programmes of the agreement with their budget and the total. */
    static Block.Table programmes(PerformanceAgreement agreement, int year) {
        List<List<Cell>> rows = new ArrayList<>();
        int number = 0;
        BigDecimal total = BigDecimal.ZERO.setScale(2);
        for (AgreementProgramme programme : agreement.programmes()) {
            rows.add(List.of(
                    Cell.of(String.valueOf(++number)),
                    Cell.of(programme.code()),
                    Cell.of(programme.name()),
                    Figures.rupiah(programme.budget())));
            total = total.add(programme.budget());
        }
        rows.add(List.of(Cell.of(""), Cell.of(""), Cell.of("Jumlah"), Figures.rupiah(total)));
        return new Block.Table(
                "Anggaran PK " + year,
                List.of(
                        Column.centered("No", 5),
                        Column.text("Kode", 18),
                        Column.text("Program / Kegiatan", 52),
                        Column.number("Anggaran (Rp)", 25)),
                rows);
    }

    /**
     * No | Sasaran Strategis | Indikator Kinerja | Satuan | Target: the year's targets the evaluation measured
     * against — the signed PK's where the evaluation used them (the LKjIP's Bab II and annex), else the IKU's.
     */
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
        String basis = evaluation.targetSource().basis() == TargetBasis.AGREEMENT
                ? "Target PK "
                        + evaluation
                                .targetSource()
                                .agreementVersion()
                                .map(version -> "v" + version + " ")
                                .orElse("")
                : "Target ";
        return new Block.Table(
                "PK " + evaluation.year().value(),
                List.of(
                        Column.centered("No", 4),
                        Column.text("Sasaran Strategis", 30),
                        Column.text("Indikator Kinerja", 36),
                        Column.centered("Satuan", 10),
                        Column.centered(basis + evaluation.year().value(), 14)),
                rows);
    }
}
