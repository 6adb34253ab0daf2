package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.evaluation.ReadRecap.RecapQuery;
import id.kinerja.domain.evaluation.Realization.Narrative;
import id.kinerja.domain.fixtures.InMemoryEvaluation;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.InMemorySurveys;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.ReadSurveyResult;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The recap across units gives each unit what its own evaluation gives, filtered, sorted and paged. */
class ReadRecapTest {
    private static final Year YEAR = Year.of(2024);
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final InMemoryEvaluation evaluation = new InMemoryEvaluation();
    private final InMemorySurveys surveys = new InMemorySurveys();
    private final RegistryTestData data = new RegistryTestData(registry);
    private final Clock clock = Clock.fixed(Instant.parse("2025-01-15T02:00:00Z"), ZoneOffset.UTC);
    private final RecordRealization record = new RecordRealization(
            registry.indicators,
            registry.objectives,
            registry.periods,
            evaluation.realizations,
            evaluation.closures,
            new ReadSurveyResult(surveys.surveys, surveys.results, surveys.responses),
            evaluation.assignments,
            registry.units,
            registry.transactions);
    private final ReviewRealization review = new ReviewRealization(
            evaluation.realizations,
            registry.indicators,
            registry.objectives,
            evaluation.closures,
            evaluation.assignments,
            registry.units,
            registry.transactions,
            clock);
    private final EvaluateAttainment evaluate = new EvaluateAttainment(
            registry.units,
            registry.decrees,
            registry.objectives,
            registry.periods,
            registry.indicators,
            evaluation.realizations,
            evaluation.closures,
            evaluation.scales);
    private final ReadRecap recap = new ReadRecap(
            registry.units,
            registry.decrees,
            registry.objectives,
            registry.periods,
            registry.indicators,
            evaluation.realizations,
            evaluation.closures,
            evaluation.scales);

    private OrganizationUnit province;
    private OrganizationUnit bureau;
    private OrganizationUnit office;
    private OrganizationUnit section;

    @BeforeEach
    void province() {
        province = data.unit("Pemerintah Provinsi", null);
        bureau = data.unit("Biro Umum", province.id());
        office = data.unit("Dinas Kesehatan", province.id());
        section = data.unit("Bagian Rumah Tangga", bureau.id());
        // Biro Umum: one indicator met (90 of 80), one not met (40 of 80), one not filled
        List<Indicator> ofBureau = decreeWith(bureau, "80", "80", "80");
        enter(ofBureau.get(0), "90");
        enter(ofBureau.get(1), "40");
        // Bagian Rumah Tangga: one indicator met at 100 %, submitted and waiting for an auditor
        Realization waiting = enter(decreeWith(section, "50").get(0), "50");
        review.submit(waiting.id(), waiting.version(), "evaluator");
        new CloseYear(registry.units, evaluation.closures, registry.transactions, clock)
                .close(section.id(), YEAR, "auditor", null);
        // Dinas Kesehatan has no decree at all
    }

    private List<Indicator> decreeWith(OrganizationUnit unit, String... targets) {
        evaluation.assignments.assign("evaluator", unit.id());
        PlanPeriod period = data.period(unit, 2024, 2026);
        Decree decree = data.draftDecree(unit, "100/" + unit.profile().name());
        Objective objective = data.objective(decree, period);
        List<Indicator> made = new java.util.ArrayList<>();
        for (int i = 0; i < targets.length; i++) {
            made.add(data.indicator(
                            objective,
                            new IndicatorDefinition(
                                    Integer.toString(i + 1),
                                    "Indikator " + (i + 1),
                                    null,
                                    null,
                                    "%",
                                    IndicatorKind.NUMERIC,
                                    Polarity.HIGHER_IS_BETTER,
                                    null,
                                    null,
                                    null,
                                    MeasurementFrequency.ANNUAL,
                                    null,
                                    null,
                                    List.of(),
                                    null),
                            RegistryTestData.target(2024, targets[i], null))
                    .indicator());
        }
        new EnactDecree(registry.decrees, registry.stewards, registry.transactions)
                .enact(new EnactDecree.Command(
                        RegistryTestData.ADMINISTRATOR, decree.id(), decree.version(), LocalDate.of(2024, 1, 2)));
        return made;
    }

    private Realization enter(Indicator indicator, String value) {
        return record.record(new RecordRealization.Command(
                "evaluator",
                indicator.id(),
                YEAR,
                ReportingPeriod.ANNUAL,
                new BigDecimal(value),
                null,
                null,
                Narrative.NONE));
    }

    private UnitRecap lineOf(List<UnitRecap> lines, OrganizationUnit unit) {
        return lines.stream()
                .filter(line -> line.unitId().equals(unit.id()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void eachUnitsLineAgreesWithItsOwnEvaluation() {
        List<UnitRecap> lines =
                recap.all(new RecapQuery(YEAR, Optional.empty(), null, false)).units();

        assertThat(lines)
                .extracting(UnitRecap::name)
                .containsExactly("Bagian Rumah Tangga", "Biro Umum", "Dinas Kesehatan", "Pemerintah Provinsi");
        UnitRecap bureauLine = lineOf(lines, bureau);
        assertThat(bureauLine.score())
                .isEqualTo(evaluate.ofUnit(bureau.id(), YEAR, null, null).score());
        assertThat(bureauLine.score().percent())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("81.25"));
        assertThat(bureauLine.indicators()).isEqualTo(3);
        assertThat(bureauLine.met()).isEqualTo(1);
        assertThat(bureauLine.notMet()).isEqualTo(1);
        assertThat(bureauLine.notFilled()).isEqualTo(1);
        assertThat(bureauLine.notComputable()).isZero();
        assertThat(bureauLine.ratings())
                .extracting(UnitRecap.RatingCount::label, UnitRecap.RatingCount::count)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Sangat Tinggi", 1),
                        org.assertj.core.groups.Tuple.tuple("Tinggi", 0),
                        org.assertj.core.groups.Tuple.tuple("Sedang", 0),
                        org.assertj.core.groups.Tuple.tuple("Rendah", 0),
                        org.assertj.core.groups.Tuple.tuple("Sangat Rendah", 1));
        assertThat(bureauLine.parentName()).isEqualTo("Pemerintah Provinsi");
        assertThat(bureauLine.waitingForReview()).isZero();
        assertThat(bureauLine.closed()).isFalse();

        UnitRecap sectionLine = lineOf(lines, section);
        assertThat(sectionLine.met()).isEqualTo(1);
        assertThat(sectionLine.waitingForReview()).isEqualTo(1);
        assertThat(sectionLine.closed()).isTrue();

        UnitRecap officeLine = lineOf(lines, office);
        assertThat(officeLine.decreeInForce()).isFalse();
        assertThat(officeLine.indicators()).isZero();
        assertThat(officeLine.score().percent()).isEmpty();
    }

    @Test
    void filtersByParentAtAnyDepth() {
        assertThat(recap.all(new RecapQuery(YEAR, Optional.of(bureau.id()), null, false))
                        .units())
                .extracting(UnitRecap::name)
                .containsExactly("Bagian Rumah Tangga");
        assertThat(recap.all(new RecapQuery(YEAR, Optional.of(province.id()), null, false))
                        .units())
                .extracting(UnitRecap::name)
                .containsExactly("Bagian Rumah Tangga", "Biro Umum", "Dinas Kesehatan");
        assertThat(recap.all(new RecapQuery(YEAR, Optional.of(section.id()), null, false))
                        .units())
                .isEmpty();
        assertThatThrownBy(() -> recap.all(new RecapQuery(YEAR, Optional.of(OrganizationUnitId.newId()), null, false)))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void sortsByScoreWithUnitsWithoutOneLastInBothDirections() {
        assertThat(recap.all(new RecapQuery(YEAR, Optional.empty(), RecapOrder.SCORE, true))
                        .units())
                .extracting(UnitRecap::name)
                .containsExactly("Bagian Rumah Tangga", "Biro Umum", "Dinas Kesehatan", "Pemerintah Provinsi");
        assertThat(recap.all(new RecapQuery(YEAR, Optional.empty(), RecapOrder.SCORE, false))
                        .units())
                .extracting(UnitRecap::name)
                .containsExactly("Biro Umum", "Bagian Rumah Tangga", "Dinas Kesehatan", "Pemerintah Provinsi");
        assertThat(recap.all(new RecapQuery(YEAR, Optional.empty(), RecapOrder.WAITING_FOR_REVIEW, true))
                        .units())
                .first()
                .extracting(UnitRecap::name)
                .isEqualTo("Bagian Rumah Tangga");
    }

    @Test
    void pagesWithTheTotal() {
        Page<UnitRecap> second = recap.page(new RecapQuery(YEAR, Optional.empty(), null, false), new PageRequest(1, 3))
                .units();
        assertThat(second.total()).isEqualTo(4);
        assertThat(second.items()).extracting(UnitRecap::name).containsExactly("Pemerintah Provinsi");
    }
}
