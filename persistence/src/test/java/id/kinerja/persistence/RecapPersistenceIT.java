package id.kinerja.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.evaluation.CloseYear;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.RatingScales;
import id.kinerja.domain.evaluation.ReadRecap;
import id.kinerja.domain.evaluation.ReadRecap.RecapQuery;
import id.kinerja.domain.evaluation.Realizations;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.UnitRecap;
import id.kinerja.domain.evaluation.YearClosures;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.SurveyResponses;
import id.kinerja.domain.survey.SurveyResults;
import id.kinerja.domain.survey.Surveys;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UserId;
import id.kinerja.persistence.testing.StatementCounter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The recap across units on this run's database: the same figures as each unit's page, in fixed reads. */
@MicronautTest(transactional = false)
class RecapPersistenceIT {
    private static final Year YEAR = Year.of(2025);

    @Inject
    OrganizationUnits units;

    @Inject
    PlanPeriods periods;

    @Inject
    Decrees decrees;

    @Inject
    Objectives objectives;

    @Inject
    Indicators indicators;

    @Inject
    Realizations realizations;

    @Inject
    YearClosures closures;

    @Inject
    RatingScales scales;

    @Inject
    Surveys surveys;

    @Inject
    SurveyResults surveyResults;

    @Inject
    SurveyResponses responses;

    @Inject
    Transactions transactions;

    @Inject
    StatementCounter statements;

    /** The data here is built by an administrator, who plans for every unit. */
    private id.kinerja.domain.user.UnitStewardship stewards() {
        return new id.kinerja.domain.user.UnitStewardship(evaluatorOf(null), units);
    }

    private OrganizationUnit register(String name, OrganizationUnitId parent) {
        return new RegisterOrganizationUnit(units, stewards(), transactions)
                .register(new RegisterOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR,
                        parent,
                        new UnitProfile(name, null, UnitType.BIRO, List.of(), List.of())));
    }

    /** A parent with this many children, each with an enacted decree of this many realized indicators. */
    private OrganizationUnit province(int children, int indicatorsEach) {
        OrganizationUnit parent = register("Provinsi " + UUID.randomUUID(), null);
        RecordRealization record = new RecordRealization(
                indicators,
                objectives,
                periods,
                realizations,
                closures,
                new ReadSurveyResult(surveys, surveyResults, responses),
                evaluatorOf(parent),
                units,
                transactions);
        for (int child = 0; child < children; child++) {
            OrganizationUnit unit = register("Dinas " + child + " " + UUID.randomUUID(), parent.id());
            PlanPeriod plan = new DefinePlanPeriod(periods, units, stewards(), transactions)
                    .define(new DefinePlanPeriod.Command(
                            RegistryTestData.ADMINISTRATOR,
                            unit.id(),
                            PlanKind.RPD,
                            null,
                            Year.of(2024),
                            Year.of(2026)));
            Decree decree = new DraftDecree(decrees, units, stewards(), transactions)
                    .draft(new DraftDecree.Command(
                            RegistryTestData.ADMINISTRATOR,
                            unit.id(),
                            RegistryTestData.content("KEP/" + UUID.randomUUID()),
                            null));
            Objective objective = new AddObjective(decrees, periods, objectives, stewards(), transactions)
                    .add(new AddObjective.Command(
                            RegistryTestData.ADMINISTRATOR, decree.id(), plan.id(), "1", "Meningkatkan pelayanan"));
            for (int code = 1; code <= indicatorsEach; code++) {
                Indicator indicator = new DefineIndicator(
                                decrees, objectives, periods, indicators, units, stewards(), transactions)
                        .define(new DefineIndicator.Command(
                                RegistryTestData.ADMINISTRATOR,
                                objective.id(),
                                annual(code),
                                List.of(RegistryTestData.target(YEAR.value(), "80", null))))
                        .indicator();
                if (code % 3 != 0) {
                    record.record(new RecordRealization.Command(
                            "evaluator",
                            indicator.id(),
                            YEAR,
                            ReportingPeriod.ANNUAL,
                            new BigDecimal(code % 2 == 0 ? "90" : "60"),
                            null,
                            null,
                            null));
                }
            }
            Decree drafted = decrees.get(decree.id());
            new EnactDecree(decrees, stewards(), transactions)
                    .enact(new EnactDecree.Command(
                            RegistryTestData.ADMINISTRATOR, drafted.id(), drafted.version(), LocalDate.of(2024, 1, 2)));
            if (child == 0) {
                new CloseYear(units, closures, transactions, Clock.systemUTC()).close(unit.id(), YEAR, "auditor", null);
            }
        }
        return parent;
    }

    /** The evaluator works for the parent, and so may enter the realizations of the units under it. */
    private static UnitAssignments evaluatorOf(OrganizationUnit parent) {
        return new UnitAssignments() {
            @Override
            public Set<OrganizationUnitId> unitsOf(String username) {
                return Set.of(parent.id());
            }

            @Override
            public void replace(UserId user, Set<OrganizationUnitId> units) {
                throw new UnsupportedOperationException("not needed here");
            }
        };
    }

    private static IndicatorDefinition annual(int code) {
        return new IndicatorDefinition(
                String.valueOf(code),
                "Indikator " + code,
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
                null);
    }

    private ReadRecap recap() {
        return new ReadRecap(units, decrees, objectives, periods, indicators, realizations, closures, scales);
    }

    private long statementsToRecap(OrganizationUnit parent, int expectedUnits) {
        long before = statements.executed();
        List<UnitRecap> lines = recap().all(new RecapQuery(YEAR, Optional.of(parent.id()), null, false))
                .units();
        long used = statements.executed() - before;
        assertThat(lines).hasSize(expectedUnits);
        return used;
    }

    @Test
    void recapOfTwoUnitsCostsTheSameStatementsAsOfSixWithMoreIndicators() {
        long forTwo = statementsToRecap(province(2, 2), 2);
        long forSix = statementsToRecap(province(6, 7), 6);

        assertThat(forTwo).as("statements for 2 units of 2 indicators").isPositive();
        assertThat(forSix)
                .as("statements for 6 units of 7 indicators against 2 of 2")
                .isEqualTo(forTwo);
    }

    @Test
    void eachLineHoldsWhatTheUnitsOwnEvaluationGives() {
        OrganizationUnit parent = province(3, 6);
        EvaluateAttainment evaluate =
                new EvaluateAttainment(units, decrees, objectives, periods, indicators, realizations, closures, scales);

        List<UnitRecap> lines = recap().all(new RecapQuery(YEAR, Optional.of(parent.id()), null, false))
                .units();

        assertThat(lines).hasSize(3).allSatisfy(line -> {
            assertThat(line.score())
                    .isEqualTo(evaluate.ofUnit(line.unitId(), YEAR, null, null).score());
            // codes 1 and 5 at 60 of 80, 2 and 4 at 90 of 80, 3 and 6 not filled
            assertThat(line.met()).isEqualTo(2);
            assertThat(line.notMet()).isEqualTo(2);
            assertThat(line.notFilled()).isEqualTo(2);
            assertThat(line.parentId()).isEqualTo(parent.id());
        });
        assertThat(lines.get(0).score().percent())
                .hasValueSatisfying(p -> assertThat(p).isEqualByComparingTo("93.75"));
        assertThat(lines).filteredOn(UnitRecap::closed).hasSize(1);
    }
}
