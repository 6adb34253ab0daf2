package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.EnactDecree;
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
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.user.Actor;
import id.kinerja.domain.user.Role;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A unit's year evaluated from realizations recorded and reviewed through the use cases. */
class EvaluateAttainmentTest {
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
    private final CloseYear closeYear =
            new CloseYear(registry.units, evaluation.closures, registry.transactions, clock);
    private final EvaluateAttainment evaluate = new EvaluateAttainment(
            registry.units,
            registry.decrees,
            registry.objectives,
            registry.periods,
            registry.indicators,
            evaluation.realizations,
            evaluation.closures,
            evaluation.scales);

    private OrganizationUnit unit;
    private Objective objective;
    private Indicator index;
    private Indicator complaints;
    private Indicator meetings;
    private Indicator opinion;

    @BeforeEach
    void seedLikeDecree() {
        unit = data.unit("Biro Umum", null);
        evaluation.assignments.assign("evaluator", unit.id());
        PlanPeriod period = data.period(unit, 2024, 2026);
        Decree decree = data.draftDecree(unit, "100.3.3.2/01/BU");
        objective = data.objective(decree, period);
        index = data.indicator(
                        objective,
                        RegistryTestData.satisfactionIndex(),
                        RegistryTestData.target(2024, "86", "Baik"),
                        RegistryTestData.target(2025, "87.50", "Baik"),
                        RegistryTestData.target(2026, "89.50", "Sangat Baik"))
                .indicator();
        complaints = data.indicator(
                        objective,
                        numeric(
                                "2",
                                "Pengaduan",
                                Polarity.LOWER_IS_BETTER,
                                MeasurementFrequency.QUARTERLY,
                                PeriodRollup.SUM),
                        RegistryTestData.target(2024, "10", null),
                        RegistryTestData.target(2026, "6", null))
                .indicator();
        meetings = data.indicator(
                        objective,
                        numeric(
                                "3",
                                "Rapat",
                                Polarity.HIGHER_IS_BETTER,
                                MeasurementFrequency.SEMESTER,
                                PeriodRollup.MEAN),
                        RegistryTestData.target(2024, "80", null))
                .indicator();
        opinion = data.indicator(
                        objective,
                        new IndicatorDefinition(
                                "4",
                                "Opini BPK",
                                null,
                                null,
                                null,
                                IndicatorKind.QUALITATIVE,
                                Polarity.QUALITATIVE,
                                null,
                                null,
                                null,
                                MeasurementFrequency.ANNUAL,
                                null,
                                null,
                                List.of(),
                                null),
                        new Target(Year.of(2024), new TargetValue.Qualitative("WTP"), null))
                .indicator();
        new EnactDecree(registry.decrees, registry.stewards, registry.transactions)
                .enact(new EnactDecree.Command(
                        RegistryTestData.ADMINISTRATOR, decree.id(), decree.version(), LocalDate.of(2024, 1, 2)));
    }

    private static IndicatorDefinition numeric(
            String code, String name, Polarity polarity, MeasurementFrequency frequency, PeriodRollup rollup) {
        return new IndicatorDefinition(
                code,
                name,
                null,
                null,
                "kali",
                IndicatorKind.NUMERIC,
                polarity,
                null,
                null,
                null,
                frequency,
                rollup,
                null,
                List.of(),
                null);
    }

    private Realization enter(Indicator indicator, ReportingPeriod period, String value) {
        return record.record(new RecordRealization.Command(
                "evaluator", indicator.id(), Year.of(2024), period, new BigDecimal(value), null, null, Narrative.NONE));
    }

    private IndicatorEvaluation evaluated(UnitEvaluation unitEvaluation, Indicator indicator) {
        return unitEvaluation.objectives().get(0).indicators().stream()
                .filter(e -> e.indicator().id().equals(indicator.id()))
                .findFirst()
                .orElseThrow();
    }

    /** Issue 12, item 7: what closing the year would freeze unfinished, and which forms stay worth offering. */
    @Test
    void listsWhatIsUnfinishedBeforeClosingAndOffersNoChangeOnceClosed() {
        Realization ikm = enter(index, ReportingPeriod.ANNUAL, "88.66");
        review.submit(ikm.id(), ikm.version(), "evaluator");
        Realization ikmSubmitted = evaluation.realizations.get(ikm.id());
        Realization quarter = enter(complaints, ReportingPeriod.Q1, "2");

        List<UnfinishedFigure> unfinished =
                UnfinishedFigure.of(evaluate.ofUnit(unit.id(), Year.of(2024), AttainmentCap.NONE, null));

        // the submitted IKM and the complaints' quarter not verified; meetings and the opinion without any value
        assertThat(unfinished)
                .extracting(
                        figure -> figure.indicator().definition().name(),
                        figure -> figure.realization().map(Realization::status).orElse(null))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(index.definition().name(), ReviewStatus.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple("Pengaduan", ReviewStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple("Rapat", null),
                        org.assertj.core.groups.Tuple.tuple("Opini BPK", null));
        assertThat(unfinished.get(1).realization()).map(Realization::id).contains(quarter.id());
        assertThat(record.mayChange("evaluator", complaints.id(), Year.of(2024)))
                .isTrue();
        assertThat(record.mayChange("stranger", complaints.id(), Year.of(2024))).isFalse();
        assertThat(review.mayReview("auditor", ikmSubmitted)).isTrue();
        assertThat(review.mayReview("evaluator", ikmSubmitted)).isFalse();

        closeYear.requireClosable(unit.id(), Year.of(2024), "LKjIP final");
        closeYear.close(unit.id(), Year.of(2024), "auditor", null);

        assertThatThrownBy(() -> closeYear.requireClosable(unit.id(), Year.of(2024), null))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("year.already-closed"));
        assertThat(record.mayChange("evaluator", complaints.id(), Year.of(2024)))
                .isFalse();
        assertThat(record.mayChange("evaluator", complaints.id(), Year.of(2025)))
                .isTrue();
        assertThat(review.mayReview("auditor", ikmSubmitted)).isFalse();
    }

    @Test
    void keepsEveryStateApartAndAveragesOnlyComputedAttainments() {
        enter(index, ReportingPeriod.ANNUAL, "88.66");
        enter(complaints, ReportingPeriod.Q1, "2");
        enter(complaints, ReportingPeriod.Q2, "3");

        UnitEvaluation year = evaluate.ofUnit(unit.id(), Year.of(2024), AttainmentCap.NONE, null);

        YearFigure ikm = evaluated(year, index).year();
        assertThat(ikm.attainment())
                .isInstanceOfSatisfying(
                        Attainment.Computed.class, c -> assertThat(c.percent()).isEqualByComparingTo("103.09"));
        assertThat(ikm.rating()).contains("Sangat Tinggi");
        assertThat(ikm.categoryCheck()).hasValueSatisfying(check -> {
            assertThat(check.reached()).isEqualTo(id.kinerja.domain.satisfaction.ServiceGrade.A);
            assertThat(check.met()).isTrue();
        });
        assertThat(evaluated(year, complaints).year().attainment())
                .isInstanceOfSatisfying(
                        Attainment.NotComputable.class,
                        c -> assertThat(c.reasonCode()).isEqualTo("rollup.periods-missing"));
        assertThat(evaluated(year, meetings).year().attainment()).isInstanceOf(Attainment.NotFilled.class);
        assertThat(evaluated(year, opinion).year().attainment()).isInstanceOf(Attainment.NotFilled.class);
        assertThat(year.score().percent()).contains(new BigDecimal("103.09"));
        assertThat(year.score().averaged()).isEqualTo(1);
        assertThat(year.score().notFilled()).isEqualTo(2);
        assertThat(year.score().notComputable()).isEqualTo(1);
    }

    @Test
    void makesTheYearFromItsPeriodsByTheIndicatorsRule() {
        enter(complaints, ReportingPeriod.Q1, "2");
        enter(complaints, ReportingPeriod.Q2, "3");
        enter(complaints, ReportingPeriod.Q3, "1");
        enter(complaints, ReportingPeriod.Q4, "2");
        enter(meetings, ReportingPeriod.S1, "70.5");
        enter(meetings, ReportingPeriod.S2, "81.0");

        UnitEvaluation year = evaluate.ofUnit(unit.id(), Year.of(2024), AttainmentCap.NONE, null);

        YearFigure sum = evaluated(year, complaints).year();
        assertThat(((YearlyValue.Known) sum.value()).amount()).isEqualByComparingTo("8");
        assertThat(sum.attainment())
                .isInstanceOfSatisfying(
                        Attainment.Computed.class, c -> assertThat(c.percent()).isEqualByComparingTo("120.00"));
        YearFigure mean = evaluated(year, meetings).year();
        assertThat(((YearlyValue.Known) mean.value()).amount()).isEqualTo(new BigDecimal("75.8"));
        // (Q… + Q…) ÷ 2, rounded once to the periods' own precision
        assertThat(mean.value().explanation().rule()).isEqualTo("yearly.mean");
        assertThat(mean.value().explanation().arguments().subList(2, 5)).containsExactly(2, new BigDecimal("75.8"), 1);
        assertThat(mean.attainment())
                .isInstanceOfSatisfying(
                        Attainment.Computed.class, c -> assertThat(c.percent()).isEqualByComparingTo("94.75"));
        assertThat(evaluated(year, complaints).endOfPlan()).hasValueSatisfying(end -> {
            assertThat(end.target().year()).isEqualTo(Year.of(2026));
            assertThat(end.attainment())
                    .isInstanceOfSatisfying(
                            Attainment.Computed.class,
                            c -> assertThat(c.percent()).isEqualByComparingTo("66.67"));
        });
    }

    @Test
    void anIndexIsNeverAddedUpFromItsQuarters() {
        IndicatorDefinition quarterlyIndex = new IndicatorDefinition(
                "5",
                "IKM triwulanan",
                null,
                null,
                "indeks",
                IndicatorKind.SATISFACTION_INDEX,
                Polarity.HIGHER_IS_BETTER,
                null,
                null,
                null,
                MeasurementFrequency.QUARTERLY,
                null,
                null,
                List.of(),
                null);
        List<Realization> quarters = List.of(
                Realization.record(
                        index.id(), Year.of(2024), ReportingPeriod.Q1, number("80"), null, null, "evaluator"),
                Realization.record(
                        index.id(), Year.of(2024), ReportingPeriod.Q2, number("90"), null, null, "evaluator"));

        assertThat(YearlyValue.of(quarterlyIndex, quarters))
                .isInstanceOfSatisfying(
                        YearlyValue.Incomplete.class,
                        incomplete -> assertThat(incomplete.reasonCode()).isEqualTo("rollup.index-needs-year"));
    }

    private static Realization.RealizedValue number(String value) {
        return new Realization.RealizedValue(
                new BigDecimal(value), null, new Realization.Source(Realization.Source.Kind.ENTERED, null));
    }

    @Test
    void capsEachIndicatorOnlyWhenAveraging() {
        enter(index, ReportingPeriod.ANNUAL, "88.66");
        record.record(new RecordRealization.Command(
                "evaluator", opinion.id(), Year.of(2024), ReportingPeriod.ANNUAL, null, "WTP", null, Narrative.NONE));
        for (ReportingPeriod quarter :
                List.of(ReportingPeriod.Q1, ReportingPeriod.Q2, ReportingPeriod.Q3, ReportingPeriod.Q4)) {
            enter(complaints, quarter, "0");
        }

        UnitEvaluation uncapped = evaluate.ofUnit(unit.id(), Year.of(2024), AttainmentCap.NONE, null);
        UnitEvaluation capped = evaluate.ofUnit(unit.id(), Year.of(2024), AttainmentCap.CAP_110, null);

        assertThat(evaluated(capped, complaints).year().attainment())
                .isInstanceOfSatisfying(
                        Attainment.Computed.class, c -> assertThat(c.percent()).isEqualByComparingTo("200.00"));
        // (103.093… + 200) ÷ 2 and (103.093… + 110) ÷ 2
        assertThat(uncapped.score().percent()).contains(new BigDecimal("151.55"));
        assertThat(capped.score().percent()).contains(new BigDecimal("106.55"));
        assertThat(capped.score().explanation().rule()).isEqualTo("score.mean");
        assertThat(capped.score().explanation().arguments())
                .contains(id.kinerja.domain.shared.Explanation.of("score.capped", new BigDecimal("110")));
        assertThat(capped.score().qualitativeAchieved()).isEqualTo(1);
    }

    @Test
    void aUnitThatChoseTheMeanOfObjectivesIsScoredByItAndTheExplanationSaysSo() {
        enter(index, ReportingPeriod.ANNUAL, "88.66");
        OrganizationUnit.UnitProfile profile = unit.profile();
        registry.units.save(OrganizationUnit.restore(
                unit.id(),
                null,
                new OrganizationUnit.UnitProfile(
                        profile.name(),
                        profile.shortName(),
                        profile.type(),
                        profile.tasks(),
                        profile.functions(),
                        id.kinerja.domain.organization.UnitScoreRule.MEAN_OF_OBJECTIVES),
                unit.version()));

        UnitEvaluation evaluated = evaluate.ofUnit(unit.id(), Year.of(2024), AttainmentCap.NONE, null);

        assertThat(evaluated.score().explanation().rule()).isEqualTo("score.mean-of-objectives");
        assertThat(evaluated.score().averaged()).isEqualTo(1);
        assertThat(evaluated.score().percent())
                .isEqualTo(evaluated.objectives().get(0).score().percent());
        assertThat(evaluated.score().percent()).contains(new BigDecimal("103.09"));
    }

    @Test
    void aClosedYearRefusesEveryChangeUntilReopenedWithAReason() {
        Realization draft = enter(index, ReportingPeriod.ANNUAL, "88.66");
        closeYear.close(unit.id(), Year.of(2024), "auditor", null);

        assertThatThrownBy(() -> review.submit(draft.id(), draft.version(), "evaluator"))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("year.closed"));
        assertThatThrownBy(() -> enter(complaints, ReportingPeriod.Q1, "1")).isInstanceOf(ConflictingState.class);
        assertThatThrownBy(() -> closeYear.reopen(unit.id(), Year.of(2024), "auditor", " "))
                .hasMessageContaining("reason");

        closeYear.reopen(unit.id(), Year.of(2024), "auditor", "koreksi BPK");
        assertThat(review.submit(draft.id(), draft.version(), "evaluator").status())
                .isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void aVerifiedRealizationIsCorrectedByANewVersionAndStaysReadable() {
        Realization draft = enter(index, ReportingPeriod.ANNUAL, "88.66");
        Realization submitted = review.submit(draft.id(), draft.version(), "evaluator");
        Realization verified = review.verify(submitted.id(), submitted.version(), "auditor");

        assertThatThrownBy(() -> enter(index, ReportingPeriod.ANNUAL, "90"))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("realization.verified-exists"));
        Realization correction =
                record.reopen(Actor.of("auditor", Role.AUDITOR), verified.id(), verified.version(), "salah ketik");
        record.revise(new RecordRealization.Revision(
                "evaluator",
                correction.id(),
                correction.version(),
                new BigDecimal("88.70"),
                null,
                null,
                Narrative.NONE));

        assertThat(evaluation.realizations.chain(index.id(), Year.of(2024), ReportingPeriod.ANNUAL))
                .extracting(r -> r.value().amount())
                .containsExactly(new BigDecimal("88.66"), new BigDecimal("88.70"));
        YearFigure figure = evaluated(evaluate.ofUnit(unit.id(), Year.of(2024), null, null), index)
                .year();
        assertThat(((YearlyValue.Known) figure.value()).amount()).isEqualTo(new BigDecimal("88.70"));
        assertThatThrownBy(() ->
                        record.reopen(Actor.of("evaluator", Role.EVALUATOR), verified.id(), verified.version(), "lagi"))
                .isInstanceOf(ConflictingState.class);
    }

    /** ADR 0031: as of a day, the figures verified by its end, the decree in force then; drafts are no figures. */
    @Test
    void asOfADayTheYearStandsAsVerifiedByItsEndAndSaysWhatWasNotVerifiedYet() {
        Realization draft = enter(index, ReportingPeriod.ANNUAL, "88.66");
        Realization submitted = review.submit(draft.id(), draft.version(), "evaluator");
        Realization first = review.verify(submitted.id(), submitted.version(), "auditor");
        // corrected to 90 and verified on 1 February 2025 (Jakarta), then a new correction left as a draft
        ReviewRealization laterReview = new ReviewRealization(
                evaluation.realizations,
                registry.indicators,
                registry.objectives,
                evaluation.closures,
                evaluation.assignments,
                registry.units,
                registry.transactions,
                Clock.fixed(Instant.parse("2025-02-01T02:00:00Z"), ZoneOffset.UTC));
        Realization correction =
                record.reopen(Actor.of("auditor", Role.AUDITOR), first.id(), first.version(), "salah ketik");
        Realization ninety = record.revise(new RecordRealization.Revision(
                "evaluator", correction.id(), correction.version(), new BigDecimal("90"), null, null, Narrative.NONE));
        Realization ninetySubmitted = laterReview.submit(ninety.id(), ninety.version(), "evaluator");
        Realization ninetyVerified = laterReview.verify(ninetySubmitted.id(), ninetySubmitted.version(), "auditor2");
        Realization again = record.reopen(
                Actor.of("auditor", Role.AUDITOR), ninetyVerified.id(), ninetyVerified.version(), "ditinjau");
        record.revise(new RecordRealization.Revision(
                "evaluator", again.id(), again.version(), new BigDecimal("95"), null, null, Narrative.NONE));

        assertThat(valueAsOf("2025-01-15")).isEqualByComparingTo("88.66");
        assertThat(valueAsOf("2025-01-31")).isEqualByComparingTo("88.66");
        assertThat(valueAsOf("2025-02-01")).isEqualByComparingTo("90");
        assertThat(valueAsOf("2026-01-01")).isEqualByComparingTo("90");
        assertThat(((YearlyValue.Known) evaluated(evaluate.ofUnit(unit.id(), Year.of(2024), null, null), index)
                                .year()
                                .value())
                        .amount())
                .isEqualByComparingTo("95");

        UnitEvaluation before = asOf("2025-01-14");
        assertThat(before.asOf()).contains(LocalDate.of(2025, 1, 14));
        YearFigure nothing = evaluated(before, index).year();
        assertThat(nothing.value())
                .isInstanceOfSatisfying(
                        YearlyValue.Missing.class,
                        missing -> assertThat(missing.explanation().rule()).isEqualTo(AsOf.NOT_VERIFIED));
        assertThat(nothing.attainment())
                .isInstanceOfSatisfying(
                        Attainment.NotFilled.class,
                        notFilled ->
                                assertThat(notFilled.explanation().arguments()).containsExactly("2025-01-14"));
        assertThat(before.score().notFilled()).isEqualTo(4);
        // the decree was enacted on 2 January 2024: the day before, none was in force
        assertThat(asOf("2024-01-01").decree()).isEmpty();
        assertThat(asOf("2024-01-02").decree()).isPresent();
    }

    private UnitEvaluation asOf(String day) {
        return evaluate.ofUnit(
                unit.id(), Year.of(2024), null, null, null, java.util.Optional.of(new AsOf(LocalDate.parse(day))));
    }

    private BigDecimal valueAsOf(String day) {
        return ((YearlyValue.Known) evaluated(asOf(day), index).year().value()).amount();
    }

    @Test
    void anEvaluatorReopensOnlyARealizationOfAUnitTheyServeAnAuditorAnyAndTheReopenerNeverVerifies() {
        OrganizationUnit other = data.unit("Biro Hukum", null);
        evaluation.assignments.assign("outsider", other.id());
        Realization draft = enter(index, ReportingPeriod.ANNUAL, "88.66");
        Realization submitted = review.submit(draft.id(), draft.version(), "evaluator");
        Realization verified = review.verify(submitted.id(), submitted.version(), "auditor");

        assertThatThrownBy(() ->
                        record.reopen(Actor.of("outsider", Role.EVALUATOR), verified.id(), verified.version(), "salah"))
                .isInstanceOfSatisfying(
                        NotPermitted.class, e -> assertThat(e.code()).isEqualTo("realization.not-responsible"));
        assertThatThrownBy(() ->
                        record.reopen(Actor.of("planner", Role.PLANNER), verified.id(), verified.version(), "salah"))
                .isInstanceOfSatisfying(
                        NotPermitted.class, e -> assertThat(e.code()).isEqualTo("realization.reopen-role"));
        Realization correction =
                record.reopen(Actor.of("second-auditor", Role.AUDITOR), verified.id(), verified.version(), "temuan");
        Realization resubmitted = review.submit(correction.id(), correction.version(), "evaluator");

        assertThatThrownBy(() -> review.verify(resubmitted.id(), resubmitted.version(), "second-auditor"))
                .isInstanceOfSatisfying(
                        NotPermitted.class, e -> assertThat(e.code()).isEqualTo("realization.own-entry"));
        assertThat(review.verify(resubmitted.id(), resubmitted.version(), "auditor")
                        .status())
                .isEqualTo(ReviewStatus.VERIFIED);
    }

    @Test
    void onlyAnEvaluatorOfTheResponsibleUnitOrAUnitAboveItEntersAndSubmits() {
        OrganizationUnit other = data.unit("Biro Hukum", null);
        evaluation.assignments.assign("outsider", other.id());
        OrganizationUnit province = data.unit("Sekretariat Daerah", null);
        OrganizationUnit bureauUnderProvince = data.unit("Biro Umum Setda", province.id());
        evaluation.assignments.assign("province-evaluator", province.id());

        assertThatThrownBy(() -> record.record(new RecordRealization.Command(
                        "outsider",
                        index.id(),
                        Year.of(2024),
                        ReportingPeriod.ANNUAL,
                        BigDecimal.TEN,
                        null,
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        NotPermitted.class, e -> assertThat(e.code()).isEqualTo("realization.not-responsible"));
        Realization draft = enter(index, ReportingPeriod.ANNUAL, "88.66");
        assertThatThrownBy(() -> review.submit(draft.id(), draft.version(), "outsider"))
                .isInstanceOf(NotPermitted.class);
        Indicator ofTheBureau = Indicator.restore(
                id.kinerja.domain.indicator.IndicatorId.newId(),
                objective.id(),
                objective.decreeId(),
                numeric("9", "Layanan", Polarity.HIGHER_IS_BETTER, MeasurementFrequency.ANNUAL, null)
                        .withResponsibleUnit(bureauUnderProvince.id()),
                List.of(),
                0);
        ResponsibleEvaluator evaluators = new ResponsibleEvaluator(evaluation.assignments, registry.units);

        evaluators.require("province-evaluator", ofTheBureau, objective);
        assertThatThrownBy(() -> evaluators.require("evaluator", ofTheBureau, objective))
                .isInstanceOf(NotPermitted.class);
    }

    @Test
    void refusesAPeriodTheIndicatorIsNotMeasuredIn() {
        assertThatThrownBy(() -> enter(index, ReportingPeriod.Q1, "88"))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("realization.period-frequency"));
        assertThatThrownBy(() -> record.record(new RecordRealization.Command(
                        "evaluator",
                        complaints.id(),
                        Year.of(2027),
                        ReportingPeriod.Q1,
                        BigDecimal.ONE,
                        null,
                        null,
                        null)))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("realization.outside-period"));
    }

    @Test
    void keepsEvidenceWithItsChecksumAndRefusesAFileOverTheLimit() {
        Realization draft = enter(index, ReportingPeriod.ANNUAL, "88.66");
        AttachEvidence attach = new AttachEvidence(
                evaluation.realizations,
                registry.indicators,
                registry.objectives,
                evaluation.closures,
                evaluation.evidence,
                evaluation.assignments,
                registry.units,
                registry.transactions,
                clock,
                8);

        Evidence file = attach.attachFile(
                draft.id(), "laporan.pdf", "application/pdf", new ByteArrayInputStream("abc".getBytes()), "evaluator");

        assertThat(file.sha256()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(evaluation.evidence.content(file.id()))
                .hasValueSatisfying(bytes -> assertThat(bytes).containsExactly('a', 'b', 'c'));
        assertThatThrownBy(() -> attach.attachFile(
                        draft.id(), "besar.pdf", null, new ByteArrayInputStream(new byte[9]), "evaluator"))
                .hasMessageContaining("at most 8 bytes");
        assertThatThrownBy(() -> attach.attachLink(draft.id(), null, "javascript:alert(1)", "evaluator"))
                .hasMessageContaining("http");
        assertThat(attach.attachLink(draft.id(), null, "https://sakip.kalbarprov.go.id/dok/1", "evaluator")
                        .title())
                .isEqualTo("https://sakip.kalbarprov.go.id/dok/1");
    }
}
