package id.kinerja.domain.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.user.Actor;
import id.kinerja.domain.user.Role;
import java.time.LocalDate;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A draft decree's objective is revised in its number and words by a planner of the issuing unit, never over
 * somebody else's revision, never once the decree is enacted, and never to a number another objective has.
 */
class ReviseObjectiveTest {
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final RegistryTestData data = new RegistryTestData(registry);
    private final ReviseObjective revise =
            new ReviseObjective(registry.decrees, registry.objectives, registry.stewards, registry.transactions);
    private final Actor planner = Actor.of("perencana-umum", Role.PLANNER);
    private OrganizationUnit bureau;
    private PlanPeriod period;
    private Decree decree;
    private Objective objective;

    @BeforeEach
    void aDraftWithAnObjectiveAndItsPlanner() {
        bureau = data.unit("Biro Umum", null);
        period = data.period(bureau, 2024, 2026);
        decree = data.draftDecree(bureau, "017.1/RO-UM/2024");
        objective = data.objective(decree, period);
        registry.assignments.assign(planner.username(), bureau.id());
    }

    private Objective revise(Actor by, long version, String code, String statement) {
        return revise.revise(new ReviseObjective.Command(by, objective.id(), version, code, statement));
    }

    private void refused(ThrowingCallable action, Class<? extends DomainException> kind, String code) {
        assertThatThrownBy(action)
                .isInstanceOfSatisfying(kind, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(registry.objectives.get(objective.id())).isEqualTo(objective);
    }

    @Test
    void rewritesTheNumberAndWordsOfADraftsObjectiveAndMovesItsVersion() {
        Objective revised = revise(planner, 0, "1.", "Meningkatnya efektivitas tata kelola pemerintahan");

        assertThat(revised.version()).isEqualTo(1);
        assertThat(registry.objectives.get(objective.id())).isEqualTo(revised).satisfies(stored -> {
            assertThat(stored.code()).isEqualTo("1.");
            assertThat(stored.statement()).isEqualTo("Meningkatnya efektivitas tata kelola pemerintahan");
            // what the indicators and their targets hang on does not move
            assertThat(stored.decreeId()).isEqualTo(decree.id());
            assertThat(stored.unitId()).isEqualTo(bureau.id());
            assertThat(stored.planPeriodId()).isEqualTo(period.id());
        });
    }

    @Test
    void refusesARevisionMadeOnAVersionSomebodyElseHasRevisedSince() {
        Objective first = revise(planner, 0, "1", "Meningkatnya efektivitas tata kelola");

        assertThatThrownBy(() -> revise(RegistryTestData.ADMINISTRATOR, 0, "1", "Meningkatkan tata kelola"))
                .isInstanceOfSatisfying(
                        StaleVersion.class, e -> assertThat(e.code()).isEqualTo("version.stale"));
        assertThat(registry.objectives.get(objective.id())).isEqualTo(first);
    }

    @Test
    void refusesOnceTheDecreeIsEnactedTheObjectiveIsThenWhatTheSignedDecreeSays() {
        new EnactDecree(registry.decrees, registry.stewards, registry.transactions)
                .enact(new EnactDecree.Command(planner, decree.id(), 0, LocalDate.of(2024, 1, 3)));

        refused(
                () -> revise(planner, 0, "1", "Meningkatnya efektivitas tata kelola"),
                ConflictingState.class,
                "decree.not-draft");
    }

    @Test
    void refusesANumberAnotherObjectiveOfTheDecreeHasButKeepsItsOwn() {
        new AddObjective(
                        registry.decrees,
                        registry.periods,
                        registry.objectives,
                        registry.stewards,
                        registry.transactions)
                .add(new AddObjective.Command(planner, decree.id(), period.id(), "2", "Meningkatnya kualitas layanan"));

        refused(
                () -> revise(planner, 0, "2", "Meningkatnya tata kelola"),
                ConflictingState.class,
                "objective.duplicate-code");
        assertThat(revise(planner, 0, "1", "Meningkatnya tata kelola").code()).isEqualTo("1");
    }

    @Test
    void refusesAPlannerOfAnotherUnit() {
        Actor other = Actor.of("perencana-hukum", Role.PLANNER);
        registry.assignments.assign(
                other.username(), data.unit("Biro Hukum", null).id());

        refused(() -> revise(other, 0, "1", "Sasaran lain"), NotPermitted.class, "plan.not-responsible");
    }

    @Test
    void refusesEmptyWords() {
        refused(() -> revise(planner, 0, "1", "  "), InvalidValue.class, "value.required");
    }
}
