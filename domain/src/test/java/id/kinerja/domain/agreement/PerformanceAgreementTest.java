package id.kinerja.domain.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The PK's own rules: NIPs, exact budgets, adjusting only a draft with a reason, signing once, revising. */
class PerformanceAgreementTest {
    private static final Year YEAR = Year.of(2024);
    private final IndicatorId indicator = new IndicatorId(UUID.randomUUID());
    private final AgreementParty head = new AgreementParty("A", "Kepala Biro", new Nip("197001011995031001"));
    private final AgreementParty superior = new AgreementParty("B", "Sekda", new Nip("196805121990032002"));

    private static Target target(String value) {
        return new Target(YEAR, new TargetValue.Numeric(new BigDecimal(value)), null);
    }

    private PerformanceAgreement draft() {
        return PerformanceAgreement.draft(
                new OrganizationUnitId(UUID.randomUUID()),
                YEAR,
                head,
                superior,
                List.of(new AgreedTarget(indicator, target("80"), null)),
                List.of(new AgreementProgramme("1.01", "Program", new BigDecimal("1500000000"))),
                "perencana");
    }

    @Test
    void acceptsANipOfEighteenDigitsWithSpacesBetweenItsGroupsAndRefusesAnyOther() {
        assertThat(new Nip("19700101 199503 1 001").value()).isEqualTo("197001011995031001");
        for (String wrong : List.of("19700101199503100", "1970010119950310011", "19700101199503100X", "")) {
            assertThatThrownBy(() -> new Nip(wrong)).isInstanceOf(InvalidValue.class);
        }
        assertThatThrownBy(() -> new Nip("1970010119950310"))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("agreement.nip"));
    }

    @Test
    void keepsBudgetsExactToTheSenAndRefusesFractionsOfASenOrNegativeAmounts() {
        assertThat(new AgreementProgramme("1", "P", new BigDecimal("250000000.5")).budget())
                .isEqualTo(new BigDecimal("250000000.50"));
        assertThatThrownBy(() -> new AgreementProgramme("1", "P", new BigDecimal("10.005")))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> new AgreementProgramme("1", "P", new BigDecimal("-1")))
                .isInstanceOf(InvalidValue.class);
    }

    @Test
    void adjustsADraftTargetOnlyWithAReasonAndForTheAgreementsYear() {
        PerformanceAgreement adjusted = draft().adjust(indicator, target("76"), "pagu dipotong");
        assertThat(adjusted.targets().get(0).target().value().display()).isEqualTo("76");
        assertThat(adjusted.targets().get(0).reason()).contains("pagu dipotong");
        assertThatThrownBy(() -> draft().adjust(indicator, target("76"), " ")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> draft().adjust(
                                indicator,
                                new Target(Year.of(2025), new TargetValue.Numeric(BigDecimal.TEN), null),
                                "x"))
                .isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> draft().adjust(new IndicatorId(UUID.randomUUID()), target("76"), "x"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aSignedVersionIsReadOnlyAndItsRevisionIsTheNextDraftWithItsReason() {
        PerformanceAgreement signed = draft().sign(LocalDate.of(2024, 1, 15), "kepala");
        assertThat(signed.signed()).isTrue();
        assertThatThrownBy(() -> signed.adjust(indicator, target("70"), "x"))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("agreement.signed"));
        assertThatThrownBy(() -> signed.sign(LocalDate.of(2024, 2, 1), "kepala"))
                .isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> signed.restate(head, superior, List.of())).isInstanceOf(ConflictingState.class);

        PerformanceAgreement revision = signed.revise("Pergantian pejabat", "perencana");
        assertThat(revision.number()).isEqualTo(2);
        assertThat(revision.signed()).isFalse();
        assertThat(revision.id()).isNotEqualTo(signed.id());
        assertThat(revision.reason()).contains("Pergantian pejabat");
        assertThat(revision.targets()).isEqualTo(signed.targets());
        assertThatThrownBy(() -> signed.revise("", "perencana")).isInstanceOf(InvalidValue.class);
        assertThatThrownBy(() -> draft().revise("x", "perencana"))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("agreement.revise-draft"));
    }

    @Test
    void isSignedInItsYearOrTheYearBefore() {
        assertThat(draft().sign(LocalDate.of(2023, 12, 20), "kepala").signed()).isTrue();
        assertThatThrownBy(() -> draft().sign(LocalDate.of(2025, 1, 2), "kepala"))
                .isInstanceOf(InvalidValue.class);
    }
}
