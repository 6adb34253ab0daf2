package id.kinerja.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriodId;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class MatrixReadingTest {
    private final OrganizationUnitId unit = OrganizationUnitId.newId();
    private final OrganizationUnitId subUnit = OrganizationUnitId.newId();
    private final PlanPeriod period =
            new PlanPeriod(PlanPeriodId.newId(), unit, PlanKind.RPD, "RPD 2024-2026", Year.of(2024), Year.of(2026));
    private final MatrixContext context = new MatrixContext(
            unit,
            List.of(period),
            List.of(new UnitOutline(unit, null, "Biro Umum"), new UnitOutline(subUnit, unit, MessyMatrix.SUB_UNIT)));

    private MatrixPreview messy() {
        return MatrixReading.read(MessyMatrix.rows(MessyMatrix.CSV), context);
    }

    private MatrixRow row(MatrixPreview preview, long line) {
        return preview.rows().stream().filter(r -> r.line() == line).findFirst().orElseThrow();
    }

    private static List<String> doubts(MatrixRow row) {
        return row.notes().stream().map(MatrixNote::code).toList();
    }

    private static Target target(int year, String amount) {
        return new Target(Year.of(year), new TargetValue.Numeric(new BigDecimal(amount)), null);
    }

    @Test
    void readsTwoHeaderRowsAndSkipsTheTitleAndTheColumnNumbers() {
        MatrixPreview preview = messy();

        assertThat(preview.refusals()).isEmpty();
        assertThat(preview.committable()).isTrue();
        assertThat(preview.headerRows()).isEqualTo(2);
        assertThat(preview.years()).containsExactly(Year.of(2024), Year.of(2025), Year.of(2026));
        assertThat(preview.planPeriodId()).isEqualTo(period.id());
        assertThat(preview.rows()).extracting(MatrixRow::line).containsExactly(5L, 6L, 7L, 8L, 9L, 10L);
    }

    @Test
    void carriesAMergedObjectiveDownToEveryIndicatorBelowIt() {
        MatrixPreview preview = messy();

        assertThat(preview.rows()).extracting(MatrixRow::objectiveCode).containsExactly("1", "1", "1", "1", "2", "2");
        assertThat(row(preview, 8).objectiveStatement()).isEqualTo("Meningkatkan kualitas pelayanan umum");
        assertThat(row(preview, 10).objectiveStatement()).isEqualTo("Mewujudkan akuntabilitas keuangan");
    }

    @Test
    void keepsNotApplicableAsNoTargetAndSplitsThePercentSign() {
        MatrixRow row = row(messy(), 5);
        IndicatorDefinition definition = row.definition();

        assertThat(definition.code()).isEqualTo("1.1");
        assertThat(definition.unitOfMeasure()).isEqualTo("%");
        assertThat(definition.polarity()).isEqualTo(Polarity.HIGHER_IS_BETTER);
        assertThat(row.direction()).isEqualTo(MatrixRow.DirectionSource.STATED);
        assertThat(row.targets()).containsExactly(target(2024, "85"), target(2025, "87.5"));
        assertThat(row.notApplicable()).containsExactly(Year.of(2026));
        assertThat(definition.baseline().value()).isEqualByComparingTo("80");
        assertThat(definition.baseline().year()).isEqualTo(Year.of(2023));
        assertThat(definition.responsibleUnitId()).isEqualTo(subUnit);
        assertThat(doubts(row)).containsExactly("matrix.doubt.unit-split", "matrix.doubt.not-applicable");
    }

    @Test
    void readsBothDecimalMarksInOneColumnAndProposesLowerFromTheName() {
        MatrixRow row = row(messy(), 6);

        assertThat(row.definition().code()).isEqualTo("1.10");
        assertThat(row.targets()).containsExactly(target(2024, "3.5"), target(2025, "3.75"), target(2026, "2"));
        assertThat(row.definition().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(row.direction()).isEqualTo(MatrixRow.DirectionSource.FROM_NAME);
        assertThat(row.directionToConfirm()).isTrue();
        assertThat(row.definition().baseline()).isNull();
        assertThat(row.definition().responsibleUnitId()).isEqualTo(unit);
        assertThat(doubts(row))
                .containsExactlyInAnyOrder(
                        "matrix.doubt.dot-as-decimal",
                        "matrix.doubt.unit-split",
                        "matrix.doubt.direction-from-name",
                        "matrix.doubt.not-applicable");
    }

    @Test
    void takesTheUnitFromBesideTheNumberWhenTheUnitColumnIsEmpty() {
        MatrixRow row = row(messy(), 7);

        assertThat(row.definition().unitOfMeasure()).isEqualTo("bh");
        assertThat(row.targets()).containsExactly(target(2024, "1500"), target(2025, "2000"), target(2026, "2500"));
        assertThat(row.definition().baseline().value()).isEqualByComparingTo("1200");
        assertThat(row.direction()).isEqualTo(MatrixRow.DirectionSource.ASSUMED);
        assertThat(row.definition().responsibleUnitId())
                .as("an unknown sub-unit")
                .isEqualTo(unit);
        assertThat(doubts(row))
                .contains(
                        "matrix.doubt.dot-as-thousands",
                        "matrix.doubt.unit-split",
                        "matrix.doubt.direction-assumed",
                        "matrix.doubt.responsible-unknown");
    }

    @Test
    void readsWordsAsAQualitativeIndicatorAndAnIndexWithItsCategories() {
        MatrixPreview preview = messy();
        MatrixRow opinion = row(preview, 9);
        MatrixRow index = row(preview, 10);

        assertThat(row(preview, 8).definition().polarity()).isEqualTo(Polarity.LOWER_IS_BETTER);
        assertThat(opinion.definition().kind()).isEqualTo(IndicatorKind.QUALITATIVE);
        assertThat(opinion.definition().polarity()).isEqualTo(Polarity.QUALITATIVE);
        assertThat(opinion.definition().formula()).isEqualTo("-");
        assertThat(opinion.targets()).extracting(Target::value).containsOnly(new TargetValue.Qualitative("WTP"));
        assertThat(index.definition().kind()).isEqualTo(IndicatorKind.SATISFACTION_INDEX);
        assertThat(index.targets())
                .containsExactly(
                        new Target(Year.of(2024), new TargetValue.Numeric(new BigDecimal("86")), "Baik"),
                        new Target(Year.of(2025), new TargetValue.Numeric(new BigDecimal("87.50")), null),
                        new Target(Year.of(2026), new TargetValue.Numeric(new BigDecimal("89.50")), "Sangat Baik"));
        assertThat(index.notes()).isEmpty();
    }

    @Test
    void namesTheRowAndColumnOfEveryCellItCannotRead() {
        MatrixPreview preview = MatrixReading.read(MessyMatrix.rows(MessyMatrix.HALF_BROKEN), context);

        assertThat(preview.committable()).isFalse();
        assertThat(preview.refusals())
                .extracting(e -> e.row() + " " + e.column() + " " + e.code())
                .containsExactly("5 Target 2025 number.unreadable", "8 Target 2025 matrix.words-among-numbers");
    }

    @Test
    void refusesYearsNoPlanPeriodCovers() {
        MatrixContext elsewhere = new MatrixContext(unit, List.of(), List.of());

        MatrixPreview preview = MatrixReading.read(MessyMatrix.rows(MessyMatrix.CSV), elsewhere);

        assertThat(preview.refusals()).extracting(e -> e.code()).contains("matrix.no-plan-period");
    }
}
