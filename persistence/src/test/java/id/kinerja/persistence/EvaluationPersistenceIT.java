package id.kinerja.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.audit.AuditChain;
import id.kinerja.domain.audit.AuditEntry;
import id.kinerja.domain.audit.AuditQuery;
import id.kinerja.domain.audit.AuditTrail;
import id.kinerja.domain.audit.ChainHead;
import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.evaluation.AttachEvidence;
import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.AttainmentCap;
import id.kinerja.domain.evaluation.CloseYear;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.EvidenceStore;
import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.RatingScales;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.Realizations;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.ReviewRealization;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.evaluation.UnitEvaluation;
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
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.SurveyResponses;
import id.kinerja.domain.survey.SurveyResults;
import id.kinerja.domain.survey.Surveys;
import id.kinerja.domain.user.Actor;
import id.kinerja.domain.user.AssignUnits;
import id.kinerja.domain.user.CreateUser;
import id.kinerja.domain.user.PasswordHasher;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.SessionVersions;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.User;
import id.kinerja.domain.user.Users;
import id.kinerja.persistence.testing.StatementCounter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Realizations, their review, closed years, evidence, scales and the audit trail on this run's database. */
@MicronautTest(transactional = false)
class EvaluationPersistenceIT {
    private static final List<ReportingPeriod> QUARTERS =
            List.of(ReportingPeriod.Q1, ReportingPeriod.Q2, ReportingPeriod.Q3, ReportingPeriod.Q4);

    @Inject
    OrganizationUnits units;

    @Inject
    SessionVersions sessions;

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
    EvidenceStore evidence;

    @Inject
    AuditTrail audit;

    @Inject
    Surveys surveys;

    @Inject
    SurveyResults surveyResults;

    @Inject
    SurveyResponses responses;

    @Inject
    Transactions transactions;

    /** Who plans for which unit; the data here is built by an administrator, who plans for every unit. */
    private id.kinerja.domain.user.UnitStewardship stewards() {
        return new id.kinerja.domain.user.UnitStewardship(assignments, units);
    }

    @Inject
    StatementCounter statements;

    @Inject
    Users users;

    @Inject
    UnitAssignments assignments;

    /** Hashing is the API's business; here any hash will do. */
    private final PasswordHasher hasher = new PasswordHasher() {
        @Override
        public String hash(String password) {
            return "hashed:" + password.length();
        }

        @Override
        public boolean matches(String password, String hash) {
            return false;
        }
    };

    private final Clock clock = Clock.systemUTC();
    private RecordRealization record;
    private ReviewRealization review;
    private EvaluateAttainment evaluate;
    private OrganizationUnit unit;
    private PlanPeriod plan;
    private Decree decree;
    private Objective objective;
    private String evaluatorName;

    @BeforeEach
    void unitWithADraftDecree() {
        record = new RecordRealization(
                indicators,
                objectives,
                periods,
                realizations,
                closures,
                new ReadSurveyResult(surveys, surveyResults, responses),
                assignments,
                units,
                transactions);
        review = new ReviewRealization(
                realizations, indicators, objectives, closures, assignments, units, transactions, clock);
        evaluate =
                new EvaluateAttainment(units, decrees, objectives, periods, indicators, realizations, closures, scales);
        unit = new RegisterOrganizationUnit(units, stewards(), transactions)
                .register(new RegisterOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR,
                        null,
                        new UnitProfile("Biro " + UUID.randomUUID(), null, UnitType.BIRO, List.of(), List.of())));
        User evaluator = new CreateUser(users, hasher, transactions)
                .create(new CreateUser.Command(
                        new id.kinerja.domain.user.Username(
                                "evaluator-" + UUID.randomUUID().toString().substring(0, 8)),
                        "Evaluator",
                        "sandi-evaluator-panjang",
                        Set.of(Role.EVALUATOR)));
        evaluatorName = evaluator.username().value();
        new AssignUnits(users, units, assignments, sessions, transactions).assign(evaluator.id(), Set.of(unit.id()));
        assertThat(assignments.unitsOf(evaluatorName)).containsExactly(unit.id());
        plan = new DefinePlanPeriod(periods, units, stewards(), transactions)
                .define(new DefinePlanPeriod.Command(
                        RegistryTestData.ADMINISTRATOR, unit.id(), PlanKind.RPD, null, Year.of(2024), Year.of(2026)));
        decree = new DraftDecree(decrees, units, stewards(), transactions)
                .draft(new DraftDecree.Command(
                        RegistryTestData.ADMINISTRATOR,
                        unit.id(),
                        RegistryTestData.content("KEP/" + UUID.randomUUID()),
                        null));
        objective = new AddObjective(decrees, periods, objectives, stewards(), transactions)
                .add(new AddObjective.Command(
                        RegistryTestData.ADMINISTRATOR, decree.id(), plan.id(), "1", "Meningkatkan tata kelola"));
    }

    private Indicator quarterlyIndicator(int code) {
        IndicatorDefinition definition = new IndicatorDefinition(
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
                MeasurementFrequency.QUARTERLY,
                PeriodRollup.LAST_PERIOD,
                null,
                List.of(),
                null);
        return new DefineIndicator(decrees, objectives, periods, indicators, units, stewards(), transactions)
                .define(new DefineIndicator.Command(
                        RegistryTestData.ADMINISTRATOR,
                        objective.id(),
                        definition,
                        List.of(
                                RegistryTestData.target(2024, "80", null),
                                RegistryTestData.target(2025, "85", null),
                                RegistryTestData.target(2026, "90.5", null))))
                .indicator();
    }

    private void enact() {
        Decree drafted = decrees.get(decree.id());
        new EnactDecree(decrees, stewards(), transactions)
                .enact(new EnactDecree.Command(
                        RegistryTestData.ADMINISTRATOR, drafted.id(), drafted.version(), LocalDate.of(2024, 1, 2)));
    }

    private void realizeEveryQuarter(Indicator indicator, int year, String value) {
        for (ReportingPeriod quarter : QUARTERS) {
            record.record(new RecordRealization.Command(
                    evaluatorName, indicator.id(), Year.of(year), quarter, new BigDecimal(value), null, null, null));
        }
    }

    /** A fresh unit whose enacted decree has this many quarterly indicators, each realized in 2024 and 2025. */
    private List<Indicator> realizedUnit(int indicatorCount) {
        unitWithADraftDecree();
        List<Indicator> defined = new ArrayList<>();
        for (int code = 1; code <= indicatorCount; code++) {
            defined.add(quarterlyIndicator(code));
        }
        enact();
        for (Indicator indicator : defined) {
            realizeEveryQuarter(indicator, 2024, "70");
            realizeEveryQuarter(indicator, 2025, "81.25");
        }
        return defined;
    }

    private long statementsToEvaluate2025() {
        long before = statements.executed();
        UnitEvaluation evaluation = evaluate.ofUnit(unit.id(), Year.of(2025), AttainmentCap.NONE, null);
        long used = statements.executed() - before;
        assertThat(evaluation.objectives().get(0).indicators())
                .allSatisfy(
                        indicator -> assertThat(indicator.year().attainment()).isInstanceOf(Attainment.Computed.class));
        return used;
    }

    @Test
    void evaluatingAUnitCostsTheSameQueriesForTwoIndicatorsAsForTwenty() {
        realizedUnit(2);
        long forTwo = statementsToEvaluate2025();
        realizedUnit(20);
        long forTwenty = statementsToEvaluate2025();

        assertThat(forTwo).as("statements for 2 indicators").isPositive();
        assertThat(forTwenty).as("statements for 20 indicators against 2").isEqualTo(forTwo);
        UnitEvaluation evaluation = evaluate.ofUnit(unit.id(), Year.of(2025), AttainmentCap.NONE, null);
        assertThat(evaluation.objectives().get(0).indicators()).hasSize(20);
        var first = evaluation.objectives().get(0).indicators().get(0);
        // 81.25 ÷ 85 and 70 ÷ 80: the last quarter stands for the year
        assertThat(((Attainment.Computed) first.year().attainment()).percent()).isEqualByComparingTo("95.59");
        assertThat(first.previousYears()).hasSize(1);
        assertThat(((Attainment.Computed) first.previousYears().get(0).attainment()).percent())
                .isEqualByComparingTo("87.50");
    }

    @Test
    void keepsTheReviewAndTheCorrectionChainAndRefusesStaleAndClosedChanges() {
        Indicator indicator = quarterlyIndicator(1);
        enact();
        Realization draft = record.record(new RecordRealization.Command(
                evaluatorName,
                indicator.id(),
                Year.of(2024),
                ReportingPeriod.Q1,
                new BigDecimal("12.50"),
                null,
                null,
                new Realization.Narrative("dukungan pimpinan", "SDM terbatas", "pelatihan")));
        Realization submitted = review.submit(draft.id(), 0, evaluatorName);
        assertThatThrownBy(() -> review.verify(draft.id(), 0, "auditor")).isInstanceOf(StaleVersion.class);
        assertThat(realizations
                        .withStatus(ReviewStatus.SUBMITTED, new PageRequest(0, 200))
                        .items())
                .extracting(Realization::id)
                .contains(draft.id());
        Realization verified = review.verify(submitted.id(), submitted.version(), "auditor");
        Realization correction = record.reopen(
                Actor.of("auditor", Role.AUDITOR), verified.id(), verified.version(), "angka salah ketik");

        Realization read = realizations.get(draft.id());
        assertThat(read.status()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(read.value().amount()).isEqualTo(new BigDecimal("12.50"));
        assertThat(read.narrative().inhibiting()).isEqualTo("SDM terbatas");
        assertThat(read.lastReview().orElseThrow().by()).isEqualTo("auditor");
        assertThat(read.authors()).containsExactly(evaluatorName);
        assertThat(realizations.chain(indicator.id(), Year.of(2024), ReportingPeriod.Q1))
                .extracting(Realization::id)
                .containsExactly(draft.id(), correction.id());
        assertThat(realizations.current(indicator.id(), Year.of(2024), ReportingPeriod.Q1))
                .hasValueSatisfying(current ->
                        assertThat(current.correction().orElseThrow().reason()).isEqualTo("angka salah ketik"));
        assertThat(realizations.get(correction.id()).authors())
                .as("the authors are kept: who entered the value and who reopened it")
                .containsExactlyInAnyOrder(evaluatorName, "auditor");
        assertThatThrownBy(() ->
                        record.reopen(Actor.of("auditor", Role.AUDITOR), verified.id(), verified.version(), "lagi"))
                .isInstanceOf(ConflictingState.class);

        CloseYear closeYear = new CloseYear(units, closures, transactions, clock);
        closeYear.close(unit.id(), Year.of(2024), "auditor", "LKjIP 2024 final");
        assertThatThrownBy(() -> review.submit(correction.id(), correction.version(), evaluatorName))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("year.closed"));
        assertThat(closeYear
                        .reopen(unit.id(), Year.of(2024), "auditor", "temuan BPK")
                        .version())
                .isEqualTo(1);
        assertThat(closures.of(unit.id(), Year.of(2024)).closed()).isFalse();
    }

    @Test
    void keepsEvidenceFilesWithTheirChecksumAndLinks() {
        Indicator indicator = quarterlyIndicator(1);
        enact();
        Realization draft = record.record(new RecordRealization.Command(
                evaluatorName, indicator.id(), Year.of(2024), ReportingPeriod.Q2, BigDecimal.TEN, null, null, null));
        AttachEvidence attach = new AttachEvidence(
                realizations,
                indicators,
                objectives,
                closures,
                evidence,
                assignments,
                units,
                transactions,
                clock,
                1024);
        byte[] pdf = "%PDF-1.4 laporan".getBytes(StandardCharsets.UTF_8);

        Evidence file = attach.attachFile(
                draft.id(), "laporan-tw2.pdf", "application/pdf", new ByteArrayInputStream(pdf), evaluatorName);
        attach.attachLink(draft.id(), "Notulen", "https://example.go.id/notulen.pdf", evaluatorName);

        assertThat(evidence.of(List.of(draft.id())))
                .extracting(Evidence::title)
                .containsExactly("laporan-tw2.pdf", "Notulen");
        assertThat(evidence.find(file.id()).orElseThrow().sha256()).hasSize(64).isEqualTo(file.sha256());
        assertThat(evidence.content(file.id())).hasValue(pdf);
    }

    @Test
    void addsAndReadsRatingScalesAndRefusesATakenName() {
        assertThat(scales.find("Permendagri 86/2017")).hasValue(RatingScale.PERMENDAGRI_86_2017);
        RatingScale custom = new RatingScale(
                "Skala " + UUID.randomUUID(),
                List.of(
                        new RatingScale.Band(new BigDecimal("85.5"), "Memuaskan"),
                        new RatingScale.Band(null, "Kurang")));

        scales.add(custom);

        assertThat(scales.find(custom.name())).hasValue(custom);
        assertThatThrownBy(() -> scales.add(custom)).isInstanceOf(ConflictingState.class);
    }

    @Test
    void appendsTheAuditTrailAndFindsItByEntityPersonAndTime() {
        String entity = UUID.randomUUID().toString();
        Instant start = Instant.now().minusSeconds(1);
        audit.append(AuditEntry.done(
                UUID.randomUUID(),
                Instant.now(),
                "evaluator",
                "POST /x",
                "realization",
                entity,
                null,
                "{\"v\":1}",
                null,
                201));
        AuditEntry refused = audit.append(AuditEntry.refused(
                UUID.randomUUID(),
                Instant.now().plusMillis(5),
                "auditor",
                "POST /x/verify",
                "realization",
                entity,
                null,
                409,
                AuditEntry.Outcome.REFUSED,
                new AuditEntry.Refusal("year.closed", "Tahun sudah ditutup", "The year is closed"),
                null,
                1));

        assertThat(audit.search(new AuditQuery("realization", entity, null, start, null, null), new PageRequest(0, 10))
                        .items())
                .extracting(AuditEntry::actor)
                .containsExactly("auditor", "evaluator");
        assertThat(audit.search(new AuditQuery(null, entity, "auditor", null, null, true), new PageRequest(0, 10))
                        .total())
                .isEqualTo(1);
        assertThat(audit.lastStateOf("realization", entity)).hasValue("{\"v\":1}");
        AuditEntry found = audit.search(
                        new AuditQuery(null, entity, "auditor", null, null, true), new PageRequest(0, 1))
                .items()
                .get(0);
        assertThat(found).isEqualTo(refused);
        assertThat(found.link().hash())
                .isEqualTo(AuditChain.hashOf(
                        found, found.link().position(), found.link().previousHash()));
        assertThat(audit.head())
                .hasValue(new ChainHead(found.link().position(), found.link().hash()));
    }
}
