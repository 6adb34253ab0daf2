package id.kinerja.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.matrix.SheetRow;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The budget sheet read row by row: Indonesian rupiah, "belum diisi" kept empty, every error by row and column. */
class ImportBudgetRealizationTest {
    private static final Year YEAR = Year.of(2024);

    private final PerformanceAgreement agreement = PerformanceAgreement.draft(
            new OrganizationUnitId(UUID.randomUUID()),
            YEAR,
            new AgreementParty("A", "Kepala Biro", new Nip("197001011995031001")),
            new AgreementParty("B", "Sekda", new Nip("196805121990032002")),
            List.of(new AgreedTarget(
                    new IndicatorId(UUID.randomUUID()),
                    new Target(YEAR, new TargetValue.Numeric(new BigDecimal("80")), null),
                    null)),
            List.of(
                    new AgreementProgramme("1.01", "Program Penunjang", new BigDecimal("1500000000")),
                    new AgreementProgramme("1.02", "Program Pelayanan", new BigDecimal("250000000"))),
            "perencana");

    private static SheetRow row(long line, String... cells) {
        return new SheetRow(line, List.of(cells));
    }

    private static final SheetRow HEADER = row(6, "No", "Kode", "Program / Kegiatan", "Pagu (Rp)", "Realisasi (Rp)");

    @Test
    void readsRupiahTheIndonesianWayAndKeepsAnEmptySpendingNotFilled() {
        List<EnterBudgetRealization.Line> lines = ImportBudgetRealization.lines(
                agreement,
                List.of(
                        row(1, "Realisasi anggaran"),
                        HEADER,
                        row(7, "1", "1.01", "Program Penunjang", "1.500.000.000", "1.234.567.890,12"),
                        row(8, "2", "1.02", "Program Pelayanan", "250.000.000", "")));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0).ceiling()).isEqualByComparingTo("1500000000");
        assertThat(lines.get(0).realized()).isEqualByComparingTo("1234567890.12");
        // "1.500" is one thousand five hundred here as everywhere (ADR 0015), never one and a half
        assertThat(ImportBudgetRealization.lines(
                                agreement, List.of(HEADER, row(7, "1", "1.02", "P", "Rp 250.000.000", "1.500")))
                        .get(0)
                        .realized())
                .isEqualByComparingTo("1500");
        assertThat(lines.get(1).realized()).isNull();
    }

    @Test
    void refusesTheWholeSheetNamingEveryErrorByRowAndColumn() {
        assertThatThrownBy(() -> ImportBudgetRealization.lines(
                        agreement,
                        List.of(
                                HEADER,
                                row(7, "1", "1.01", "P", "1.500.000.000", "satu juta"),
                                row(8, "2", "9.99", "Q", "1", "1"),
                                row(9, "3", "1.02", "R", "-5", "0"),
                                row(10, "4", "1.01", "P", "1", "1"))))
                .isInstanceOfSatisfying(RefusedFile.class, refused -> {
                    assertThat(refused.errorCount()).isEqualTo(4);
                    assertThat(refused.errors())
                            .extracting(
                                    RefusedFile.FileError::row,
                                    RefusedFile.FileError::column,
                                    RefusedFile.FileError::code)
                            .containsExactly(
                                    org.assertj.core.groups.Tuple.tuple(7L, "Realisasi (Rp)", "number.unreadable"),
                                    org.assertj.core.groups.Tuple.tuple(8L, "Kode", "budget.unknown-programme"),
                                    org.assertj.core.groups.Tuple.tuple(9L, "Pagu (Rp)", "agreement.budget"),
                                    org.assertj.core.groups.Tuple.tuple(10L, "Kode", "budget.twice"));
                });
    }

    @Test
    void aSheetWithoutItsHeaderOrWithoutProgrammesIsRefused() {
        assertThatThrownBy(() -> ImportBudgetRealization.lines(agreement, List.of(row(1, "a", "b"))))
                .isInstanceOfSatisfying(
                        RefusedFile.class,
                        refused -> assertThat(refused.errors().get(0).code()).isEqualTo("budget-import.no-header"));
        assertThatThrownBy(() -> ImportBudgetRealization.lines(agreement, List.of(HEADER)))
                .isInstanceOfSatisfying(
                        RefusedFile.class,
                        refused -> assertThat(refused.errors().get(0).code()).isEqualTo("budget-import.nothing"));
    }
}
