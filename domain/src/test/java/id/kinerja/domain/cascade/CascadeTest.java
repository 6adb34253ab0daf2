package id.kinerja.domain.cascade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.evaluation.AgreedTargets;
import id.kinerja.domain.evaluation.EvaluateUnits;
import id.kinerja.domain.fixtures.InMemoryEvaluation;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Year;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Links go to the parent unit only; the tree marks an objective of a unit with units under it that none supports. */
class CascadeTest {
    private static final Year YEAR = Year.of(2024);
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final InMemoryEvaluation evaluation = new InMemoryEvaluation();
    private final RegistryTestData data = new RegistryTestData(registry);
    private final InMemorySupports supports = new InMemorySupports();
    private final SetSupport setSupport = new SetSupport(
            supports,
            registry.objectives,
            registry.indicators,
            registry.units,
            registry.stewards,
            registry.transactions,
            Clock.fixed(Instant.parse("2025-01-15T02:00:00Z"), ZoneOffset.UTC));
    private final ReadCascade cascade = new ReadCascade(
            registry.units,
            new EvaluateUnits(
                    registry.units,
                    registry.decrees,
                    registry.objectives,
                    registry.periods,
                    registry.indicators,
                    evaluation.realizations,
                    evaluation.closures,
                    evaluation.scales,
                    AgreedTargets.NONE),
            supports);

    private OrganizationUnit province;
    private Objective governance;
    private Objective service;
    private Objective bureauObjective;
    private Objective otherObjective;

    /** In memory, as the JDBC adapter: one link per supporter. */
    static final class InMemorySupports implements Supports {
        private final Map<UUID, Support> links = new LinkedHashMap<>();

        @Override
        public void set(Support support, String by, Instant at) {
            links.put(support.supporter().id(), support);
        }

        @Override
        public void clear(CascadeNode supporter) {
            links.remove(supporter.id());
        }

        @Override
        public Optional<Support> of(CascadeNode supporter) {
            return Optional.ofNullable(links.get(supporter.id()));
        }

        @Override
        public List<Support> ofUnits(Collection<OrganizationUnitId> supporterUnits) {
            return links.values().stream()
                    .filter(link -> supporterUnits.contains(link.supporterUnit()))
                    .toList();
        }
    }

    @BeforeEach
    void province() {
        province = data.unit("Pemerintah Provinsi", null);
        OrganizationUnit bureau = data.unit("Biro Umum", province.id());
        OrganizationUnit other = data.unit("Kabupaten Lain", null);
        PlanPeriod provincePlan = data.period(province, 2024, 2026);
        Decree provinceDecree = data.draftDecree(province, "1/PROV/2024");
        governance = data.objective(provinceDecree, provincePlan);
        service = new AddObjective(
                        registry.decrees,
                        registry.periods,
                        registry.objectives,
                        registry.stewards,
                        registry.transactions)
                .add(new AddObjective.Command(
                        RegistryTestData.ADMINISTRATOR,
                        provinceDecree.id(),
                        provincePlan.id(),
                        "2",
                        "Meningkatnya layanan publik"));
        enact(provinceDecree);
        Decree bureauDecree = data.draftDecree(bureau, "1/BIRO/2024");
        bureauObjective = data.objective(bureauDecree, data.period(bureau, 2024, 2026));
        enact(bureauDecree);
        Decree otherDecree = data.draftDecree(other, "1/KAB/2024");
        otherObjective = data.objective(otherDecree, data.period(other, 2024, 2026));
        enact(otherDecree);
    }

    private void enact(Decree decree) {
        new EnactDecree(registry.decrees, registry.stewards, registry.transactions)
                .enact(new EnactDecree.Command(
                        RegistryTestData.ADMINISTRATOR, decree.id(), decree.version(), LocalDate.of(2024, 1, 2)));
    }

    private Optional<Support> link(Objective from, Objective to) {
        return setSupport.set(new SetSupport.Command(
                RegistryTestData.ADMINISTRATOR, CascadeNode.of(from.id()), Optional.of(CascadeNode.of(to.id()))));
    }

    @Test
    void refusesAnObjectiveOfAUnitThatIsNotTheParent() {
        assertThatThrownBy(() -> link(bureauObjective, otherObjective))
                .isInstanceOf(RuleViolation.class)
                .hasFieldOrPropertyWithValue("code", "cascade.not-parent-unit");
        assertThatThrownBy(() -> link(governance, bureauObjective))
                .as("a unit at the top has no parent")
                .isInstanceOf(RuleViolation.class);
        assertThat(supports.links).isEmpty();
    }

    @Test
    void theTreeShowsWhatSupportsAnObjectiveAndWhereTheChainBreaks() {
        assertThat(cascade.of(YEAR, Optional.empty()).breaks()).isEqualTo(2);

        assertThat(link(bureauObjective, governance)).isPresent();
        ReadCascade.Cascade tree = cascade.of(YEAR, Optional.of(province.id()));

        assertThat(tree.breaks()).isEqualTo(1);
        ReadCascade.UnitNode top = tree.roots().get(0);
        assertThat(top.objectives())
                .extracting(ReadCascade.ObjectiveNode::broken)
                .containsExactly(false, true);
        assertThat(top.objectives().get(0).supporters())
                .extracting(linked -> linked.node().id())
                .containsExactly(bureauObjective.id().value());
        ReadCascade.UnitNode bureau = top.children().get(0);
        assertThat(bureau.objectives().get(0).broken()).isFalse();
        assertThat(bureau.objectives().get(0).supports())
                .hasValueSatisfying(linked ->
                        assertThat(linked.node().id()).isEqualTo(governance.id().value()));

        setSupport.set(new SetSupport.Command(
                RegistryTestData.ADMINISTRATOR, CascadeNode.of(bureauObjective.id()), Optional.empty()));
        assertThat(cascade.of(YEAR, Optional.of(province.id())).breaks()).isEqualTo(2);
        assertThat(service.code()).isEqualTo("2");
    }
}
