package id.kinerja.domain.user;

import static id.kinerja.domain.fixtures.RegistryTestData.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.decree.ReviseDraftDecree;
import id.kinerja.domain.decree.RevokeDecree;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ReviseIndicator;
import id.kinerja.domain.indicator.SetTarget;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.ReviseOrganizationUnit;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.Year;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A planner plans for the units they are assigned to and the units under them, and for no other (ADR 0020):
 * decrees, objectives, indicators, targets, plan periods and the units themselves.
 */
class PlannersServeTheirUnitsTest {
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final RegistryTestData data = new RegistryTestData(registry);
    private final Actor planner = Actor.of("perencana-a", Role.PLANNER);
    private final RegisterOrganizationUnit registerUnit =
            new RegisterOrganizationUnit(registry.units, registry.stewards, registry.transactions);
    private final ReviseOrganizationUnit reviseUnit =
            new ReviseOrganizationUnit(registry.units, registry.stewards, registry.transactions);
    private final DraftDecree draftDecree =
            new DraftDecree(registry.decrees, registry.units, registry.stewards, registry.transactions);
    private final DefineIndicator defineIndicator = new DefineIndicator(
            registry.decrees,
            registry.objectives,
            registry.periods,
            registry.indicators,
            registry.units,
            registry.stewards,
            registry.transactions);
    private final SetTarget setTarget = new SetTarget(
            registry.decrees,
            registry.objectives,
            registry.periods,
            registry.indicators,
            registry.stewards,
            registry.transactions);

    private OrganizationUnit unitA;
    private OrganizationUnit sectionOfA;
    private OrganizationUnit unitB;
    private PlanPeriod periodOfB;
    private Decree decreeOfB;
    private Objective objectiveOfB;
    private Indicator indicatorOfB;

    @BeforeEach
    void twoBureausAndAPlannerOfTheFirst() {
        unitA = data.unit("Biro Umum", null);
        sectionOfA = data.unit("Bagian Tata Usaha", unitA.id());
        unitB = data.unit("Biro Hukum", null);
        periodOfB = data.period(unitB, 2024, 2026);
        decreeOfB = data.draftDecree(unitB, "1/RO-HK/2024");
        objectiveOfB = data.objective(decreeOfB, periodOfB);
        indicatorOfB = data.indicator(objectiveOfB, RegistryTestData.satisfactionIndex(), target(2024, "80", null))
                .indicator();
        registry.assignments.assign(planner.username(), unitA.id());
    }

    private static void refused(ThrowingCallable action, String code) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(
                        NotPermitted.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    @Test
    void draftsADecreeForTheirUnitAndAUnitUnderItButNotForAnother() {
        Decree own = draftDecree.draft(
                new DraftDecree.Command(planner, unitA.id(), RegistryTestData.content("1/RO-UM/2024"), null));
        Decree section = draftDecree.draft(
                new DraftDecree.Command(planner, sectionOfA.id(), RegistryTestData.content("1/TU/2024"), null));

        assertThat(own.issuingUnitId()).isEqualTo(unitA.id());
        assertThat(section.issuingUnitId()).isEqualTo(sectionOfA.id());
        refused(
                () -> draftDecree.draft(
                        new DraftDecree.Command(planner, unitB.id(), RegistryTestData.content("2/RO-HK/2024"), null)),
                "plan.not-responsible");
        assertThat(registry.decrees.numberTaken(unitB.id(), new id.kinerja.domain.decree.DecreeNumber("2/RO-HK/2024")))
                .isFalse();
    }

    @Test
    void changesNothingOfAnotherUnitsDecree() {
        refused(
                () -> new ReviseDraftDecree(registry.decrees, registry.stewards, registry.transactions)
                        .revise(new ReviseDraftDecree.Command(
                                planner, decreeOfB.id(), 0, RegistryTestData.content("1/RO-HK/2024"))),
                "plan.not-responsible");
        refused(
                () -> new EnactDecree(registry.decrees, registry.stewards, registry.transactions)
                        .enact(new EnactDecree.Command(planner, decreeOfB.id(), 0, LocalDate.of(2024, 1, 3))),
                "plan.not-responsible");
        Decree enacted = new EnactDecree(registry.decrees, registry.stewards, registry.transactions)
                .enact(new EnactDecree.Command(
                        RegistryTestData.ADMINISTRATOR, decreeOfB.id(), 0, LocalDate.of(2024, 1, 3)));
        refused(
                () -> new RevokeDecree(registry.decrees, registry.stewards, registry.transactions)
                        .revoke(new RevokeDecree.Command(
                                planner,
                                enacted.id(),
                                enacted.version(),
                                new Decree.Revocation(LocalDate.of(2024, 6, 3), "diganti"))),
                "plan.not-responsible");
        refused(
                () -> draftDecree.draft(new DraftDecree.Command(
                        planner,
                        unitA.id(),
                        RegistryTestData.content("3/RO-UM/2024"),
                        new id.kinerja.domain.decree.DecreeRelation(
                                id.kinerja.domain.decree.DecreeRelation.Kind.SUPERSEDES, enacted.id()))),
                "plan.not-responsible");
    }

    @Test
    void addsNoObjectiveIndicatorOrTargetToAnotherUnit() {
        refused(
                () -> new AddObjective(
                                registry.decrees,
                                registry.periods,
                                registry.objectives,
                                registry.stewards,
                                registry.transactions)
                        .add(new AddObjective.Command(planner, decreeOfB.id(), periodOfB.id(), "2", "Sasaran")),
                "plan.not-responsible");
        refused(
                () -> defineIndicator.define(new DefineIndicator.Command(
                        planner, objectiveOfB.id(), RegistryTestData.satisfactionIndex(), List.of())),
                "plan.not-responsible");
        refused(
                () -> new ReviseIndicator(
                                registry.decrees,
                                registry.indicators,
                                registry.units,
                                registry.stewards,
                                registry.transactions)
                        .revise(new ReviseIndicator.Command(
                                planner, indicatorOfB.id(), 0, RegistryTestData.satisfactionIndex())),
                "plan.not-responsible");
        refused(
                () -> setTarget.set(new SetTarget.Command(
                        planner, indicatorOfB.id(), 0, SetTarget.Mode.NEW, target(2025, "82", null))),
                "plan.not-responsible");
        assertThat(registry.indicators.get(indicatorOfB.id()).targets()).hasSize(1);
    }

    @Test
    void namesNoUnitOutsideTheirOwnResponsibleForAnIndicator() {
        PlanPeriod period = new DefinePlanPeriod(
                        registry.periods, registry.units, registry.stewards, registry.transactions)
                .define(new DefinePlanPeriod.Command(
                        planner, unitA.id(), PlanKind.RPD, null, Year.of(2024), Year.of(2026)));
        Decree decree = draftDecree.draft(
                new DraftDecree.Command(planner, unitA.id(), RegistryTestData.content("5/RO-UM/2024"), null));
        Objective objective = new AddObjective(
                        registry.decrees,
                        registry.periods,
                        registry.objectives,
                        registry.stewards,
                        registry.transactions)
                .add(new AddObjective.Command(planner, decree.id(), period.id(), "1", "Sasaran"));
        var definition = RegistryTestData.satisfactionIndex();
        var ofSection = withResponsibleUnit(definition, sectionOfA);

        Indicator own = defineIndicator
                .define(new DefineIndicator.Command(
                        planner, objective.id(), ofSection, List.of(target(2024, "80", null))))
                .indicator();
        Indicator targeted = setTarget
                .set(new SetTarget.Command(
                        planner, own.id(), own.version(), SetTarget.Mode.NEW, target(2025, "82", null)))
                .indicator();

        assertThat(targeted.targets()).hasSize(2);
        refused(
                () -> defineIndicator.define(new DefineIndicator.Command(
                        planner, objective.id(), withResponsibleUnit(definition, unitB), List.of())),
                "plan.not-responsible");
    }

    private static id.kinerja.domain.indicator.IndicatorDefinition withResponsibleUnit(
            id.kinerja.domain.indicator.IndicatorDefinition d, OrganizationUnit unit) {
        return new id.kinerja.domain.indicator.IndicatorDefinition(
                d.code(),
                d.name(),
                d.definition(),
                d.formula(),
                d.unitOfMeasure(),
                d.kind(),
                d.polarity(),
                d.lowerIsBetterRule(),
                d.dataSource(),
                unit.id(),
                d.frequency(),
                d.rollup(),
                d.baseline(),
                d.surveyedServices(),
                d.serviceCombination(),
                d.validRange());
    }

    @Test
    void opensNoPlanPeriodForAnotherUnit() {
        refused(
                () -> new DefinePlanPeriod(registry.periods, registry.units, registry.stewards, registry.transactions)
                        .define(new DefinePlanPeriod.Command(
                                planner, unitB.id(), PlanKind.RENSTRA, null, Year.of(2024), Year.of(2026))),
                "plan.not-responsible");
    }

    @Test
    void registersUnitsUnderTheirUnitWhileARootUnitIsAnAdministrators() {
        OrganizationUnit section = registerUnit.register(
                new RegisterOrganizationUnit.Command(planner, unitA.id(), profile("Bagian Keuangan")));

        assertThat(section.parentId()).contains(unitA.id());
        refused(
                () -> registerUnit.register(
                        new RegisterOrganizationUnit.Command(planner, unitB.id(), profile("Bagian Lain"))),
                "plan.not-responsible");
        refused(
                () -> registerUnit.register(new RegisterOrganizationUnit.Command(planner, null, profile("Biro Baru"))),
                "unit.root-by-administrator");
        assertThat(registerUnit
                        .register(new RegisterOrganizationUnit.Command(
                                RegistryTestData.ADMINISTRATOR, null, profile("Biro Baru")))
                        .parentId())
                .isEmpty();
    }

    @Test
    void changesTheirUnitsTasksButMovesNoUnitOutOfTheirCare() {
        OrganizationUnit renamed = reviseUnit.revise(
                new ReviseOrganizationUnit.Command(planner, sectionOfA.id(), 0, unitA.id(), profile("Bagian Umum")));

        assertThat(renamed.profile().tasks()).containsExactly("Tugas baru");
        refused(
                () -> reviseUnit.revise(new ReviseOrganizationUnit.Command(
                        planner, sectionOfA.id(), renamed.version(), unitB.id(), profile("Bagian Umum"))),
                "plan.not-responsible");
        refused(
                () -> reviseUnit.revise(new ReviseOrganizationUnit.Command(
                        planner, sectionOfA.id(), renamed.version(), null, profile("Bagian Umum"))),
                "unit.root-by-administrator");
        refused(
                () -> reviseUnit.revise(
                        new ReviseOrganizationUnit.Command(planner, unitB.id(), 0, null, profile("Biro Hukum"))),
                "plan.not-responsible");
    }

    @Test
    void anotherRoleAssignedToTheUnitPlansNothing() {
        Actor evaluator = Actor.of("evaluator-a", Role.EVALUATOR);
        registry.assignments.assign(evaluator.username(), unitA.id());

        refused(
                () -> draftDecree.draft(
                        new DraftDecree.Command(evaluator, unitA.id(), RegistryTestData.content("9/RO-UM/2024"), null)),
                "plan.not-responsible");
    }

    private static UnitProfile profile(String name) {
        return new UnitProfile(name, null, UnitType.BAGIAN, List.of("Tugas baru"), List.of("Fungsi a"));
    }

    // PK pages, scoping and budget realization (issue 13): the report's narrative and the public page's switch
    @Test
    void writesTheReportsNarrativeAndSwitchesThePublicPageOnlyOfTheUnitsTheyPlanFor() {
        java.util.List<String> written = new java.util.ArrayList<>();
        id.kinerja.domain.report.ReportNarratives narratives = new id.kinerja.domain.report.ReportNarratives() {
            @Override
            public id.kinerja.domain.report.Narrative of(
                    id.kinerja.domain.organization.OrganizationUnitId unit, id.kinerja.domain.shared.Year year) {
                throw new UnsupportedOperationException();
            }

            @Override
            public id.kinerja.domain.report.NarrativeEntry save(
                    id.kinerja.domain.report.NarrativeEntry next, long expectedVersion) {
                written.add(next.text());
                return next;
            }
        };
        id.kinerja.domain.report.WriteReportNarrative write = new id.kinerja.domain.report.WriteReportNarrative(
                narratives, registry.units, registry.stewards, registry.transactions, java.time.Clock.systemUTC());
        java.util.function.Function<OrganizationUnit, id.kinerja.domain.report.WriteReportNarrative.Command> closing =
                unit -> new id.kinerja.domain.report.WriteReportNarrative.Command(
                        unit.id(),
                        id.kinerja.domain.shared.Year.of(2024),
                        id.kinerja.domain.report.NarrativeSection.CLOSING,
                        null,
                        "Penutup " + unit.profile().name(),
                        0,
                        planner);

        write.write(closing.apply(sectionOfA));
        refused(() -> write.write(closing.apply(unitB)), "plan.not-responsible");
        assertThat(written).containsExactly("Penutup Bagian Tata Usaha");

        java.util.List<String> switched = new java.util.ArrayList<>();
        id.kinerja.domain.evaluation.ResultPublications publications =
                new id.kinerja.domain.evaluation.ResultPublications() {
                    @Override
                    public boolean published(id.kinerja.domain.organization.OrganizationUnitId unit) {
                        return false;
                    }

                    @Override
                    public void set(
                            id.kinerja.domain.organization.OrganizationUnitId unit,
                            boolean published,
                            String by,
                            java.time.Instant at) {
                        switched.add(by);
                    }

                    @Override
                    public java.util.List<id.kinerja.domain.evaluation.ResultPublications.PublishedYear>
                            closedYearsOfPublishingUnits() {
                        return java.util.List.of();
                    }
                };
        id.kinerja.domain.evaluation.PublishResults publish = new id.kinerja.domain.evaluation.PublishResults(
                publications, registry.units, registry.stewards, registry.transactions, java.time.Clock.systemUTC());
        publish.change(planner, unitA.id(), true);
        refused(() -> publish.change(planner, unitB.id(), true), "plan.not-responsible");
        publish.change(Actor.of("admin", Role.ADMIN), unitB.id(), true);
        assertThat(switched).containsExactly("perencana-a", "admin");
    }
}
