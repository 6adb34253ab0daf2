package id.kinerja.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.domain.decree.DecreeNumber;
import id.kinerja.domain.decree.DecreeStatus;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.decree.DraftDecree;
import id.kinerja.domain.decree.EnactDecree;
import id.kinerja.domain.decree.Signatory;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.indicator.AddObjective;
import id.kinerja.domain.indicator.Baseline;
import id.kinerja.domain.indicator.DefineIndicator;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.SetTarget;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.TargetValue;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.ReviseOrganizationUnit;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.plan.DefinePlanPeriod;
import id.kinerja.domain.plan.PlanKind;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.Role;
import id.kinerja.domain.user.User;
import id.kinerja.domain.user.UserId;
import id.kinerja.domain.user.Username;
import id.kinerja.domain.user.Users;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Every adapter against the real database of this run (H2 or PostgreSQL), through the real use cases. */
@MicronautTest(transactional = false)
class RegistryPersistenceIT {
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
    Users users;

    @Inject
    Transactions transactions;

    @Inject
    id.kinerja.domain.user.UnitAssignments plannerAssignments;

    /** Who plans for which unit; the data here is built by an administrator, who plans for every unit. */
    private id.kinerja.domain.user.UnitStewardship stewards() {
        return new id.kinerja.domain.user.UnitStewardship(plannerAssignments, units);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    private OrganizationUnit unit(String name, List<String> functions) {
        return new RegisterOrganizationUnit(units, stewards(), transactions)
                .register(new RegisterOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR,
                        null,
                        new UnitProfile(name, "Biro Umum", UnitType.BIRO, List.of("Tugas biro"), functions)));
    }

    private PlanPeriod period(OrganizationUnit unit) {
        return new DefinePlanPeriod(periods, units, stewards(), transactions)
                .define(new DefinePlanPeriod.Command(
                        RegistryTestData.ADMINISTRATOR, unit.id(), PlanKind.RPD, null, Year.of(2024), Year.of(2026)));
    }

    private Decree draft(OrganizationUnit unit, String number) {
        return new DraftDecree(decrees, units, stewards(), transactions)
                .draft(new DraftDecree.Command(
                        RegistryTestData.ADMINISTRATOR, unit.id(), RegistryTestData.content(number), null));
    }

    @Test
    void unitKeepsItsFunctionsInOrderAndRefusesAStaleEdit() {
        OrganizationUnit stored = unit(unique("Biro"), List.of("Perumusan", "Pengkoordinasian", "Penyelenggaraan"));

        OrganizationUnit read = units.get(stored.id());
        assertThat(read.profile().functions()).containsExactly("Perumusan", "Pengkoordinasian", "Penyelenggaraan");
        assertThat(read.profile().tasks()).containsExactly("Tugas biro");

        ReviseOrganizationUnit revise = new ReviseOrganizationUnit(units, stewards(), transactions);
        UnitProfile renamed = new UnitProfile("Biro Umum Baru", null, UnitType.BIRO, List.of(), List.of("Satu"));
        assertThat(revise.revise(new ReviseOrganizationUnit.Command(
                                RegistryTestData.ADMINISTRATOR, read.id(), 0, null, renamed))
                        .version())
                .isEqualTo(1);
        assertThatThrownBy(() -> revise.revise(new ReviseOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR, read.id(), 0, null, renamed)))
                .isInstanceOf(StaleVersion.class);
        assertThat(units.get(read.id()).profile().functions()).containsExactly("Satu");
    }

    @Test
    void raceOnTheSameVersionLosesWithoutWriting() {
        OrganizationUnit stored = unit(unique("Biro"), List.of("a"));
        OrganizationUnit first = units.get(stored.id());
        OrganizationUnit second = units.get(stored.id());
        new ReviseOrganizationUnit(units, stewards(), transactions)
                .revise(new ReviseOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR, first.id(), 0, null, first.profile()));

        assertThatThrownBy(() -> units.save(second)).isInstanceOf(StaleVersion.class);
    }

    @Test
    void decreeRoundTripsEveryClauseInOrder() {
        OrganizationUnit unit = unit(unique("Biro"), List.of());
        DecreeContent content = new DecreeContent(
                new DecreeNumber("017.1/RO-UM/2024"),
                "INDIKATOR KINERJA UTAMA",
                "KEPALA BIRO UMUM",
                new Signatory("DINI EKA WAHYUNI", "KEPALA BIRO UMUM,"),
                List.of("Bahwa satu;", "Bahwa dua;", "Bahwa tiga."),
                List.of("UU 25/1956;", "UU 28/1999;"),
                List.of("Menetapkan IKU …", "Keputusan ini mulai berlaku pada tanggal ditetapkan."),
                "Pontianak",
                null);
        Decree drafted = new DraftDecree(decrees, units, stewards(), transactions)
                .draft(new DraftDecree.Command(RegistryTestData.ADMINISTRATOR, unit.id(), content, null));
        new EnactDecree(decrees, stewards(), transactions)
                .enact(new EnactDecree.Command(
                        RegistryTestData.ADMINISTRATOR, drafted.id(), 0, LocalDate.of(2024, 1, 3)));

        Decree read = decrees.get(drafted.id());
        assertThat(read.content()).isEqualTo(content);
        assertThat(read.status()).isEqualTo(DecreeStatus.ENACTED);
        assertThat(read.enactedOn()).contains(LocalDate.of(2024, 1, 3));
        assertThat(read.version()).isEqualTo(1);
        assertThat(decrees.list(new PageRequest(0, 200)).items())
                .extracting(Decree::id)
                .contains(drafted.id());
    }

    @Test
    void duplicateDecreeNumberIsAConflict() {
        OrganizationUnit unit = unit(unique("Biro"), List.of());
        draft(unit, "1/2024");

        assertThatThrownBy(() -> draft(unit, "1/2024")).isInstanceOf(ConflictingState.class);
    }

    @Test
    void targetsKeepTheirWrittenScaleRangeAndCategory() {
        OrganizationUnit unit = unit(unique("Biro"), List.of());
        PlanPeriod period = period(unit);
        Decree decree = draft(unit, unique("IKU"));
        Objective objective = new AddObjective(decrees, periods, objectives, stewards(), transactions)
                .add(new AddObjective.Command(
                        RegistryTestData.ADMINISTRATOR, decree.id(), period.id(), "1", "Meningkatkan efektivitas"));
        IndicatorDefinition complaints = new IndicatorDefinition(
                "1.2",
                "Jumlah pengaduan",
                "Pengaduan yang diterima",
                "Σ pengaduan",
                "kali",
                IndicatorKind.NUMERIC,
                Polarity.LOWER_IS_BETTER,
                LowerIsBetterRule.TARGET_OVER_REALIZATION,
                "Bagian Umum",
                unit.id(),
                MeasurementFrequency.QUARTERLY,
                null,
                new Baseline(new BigDecimal("12.50"), Year.of(2023)),
                List.of(),
                null);
        Indicator defined = new DefineIndicator(
                        decrees, objectives, periods, indicators, units, stewards(), transactions)
                .define(new DefineIndicator.Command(
                        RegistryTestData.ADMINISTRATOR,
                        objective.id(),
                        complaints,
                        List.of(
                                new Target(Year.of(2024), new TargetValue.Numeric(new BigDecimal("87.50")), "Baik"),
                                new Target(
                                        Year.of(2025),
                                        new TargetValue.Range(new BigDecimal("80"), new BigDecimal("90.0")),
                                        null))))
                .indicator();

        Indicator read = indicators.get(defined.id());
        assertThat(read.definition()).isEqualTo(complaints);
        assertThat(read.targets()).extracting(Target::display).containsExactly("87,50 (Baik)", "80 – 90,0");
        assertThat(((TargetValue.Numeric) read.targets().get(0).value()).amount())
                .hasToString("87.50");
        assertThat(read.definition().baseline().value()).hasToString("12.50");
        assertThat(indicators.ofDecree(decree.id())).extracting(Indicator::id).containsExactly(defined.id());

        assertThatThrownBy(() -> new SetTarget(decrees, objectives, periods, indicators, stewards(), transactions)
                        .set(new SetTarget.Command(
                                RegistryTestData.ADMINISTRATOR,
                                read.id(),
                                read.version(),
                                SetTarget.Mode.NEW,
                                new Target(Year.of(2024), new TargetValue.Numeric(BigDecimal.ONE), null))))
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void userRolesAndHashRoundTrip() {
        Username name = new Username(unique("u").substring(0, 30));
        User saved = users.save(id.kinerja.domain.user.User.restore(
                UserId.newId(), name, "Evaluator", "$2a$hash", Set.of(Role.EVALUATOR, Role.AUDITOR), true, 0));

        User read = users.findByUsername(name).orElseThrow();
        assertThat(read.roles()).containsExactlyInAnyOrder(Role.EVALUATOR, Role.AUDITOR);
        assertThat(read.passwordHash()).isEqualTo("$2a$hash");
        assertThat(read.id()).isEqualTo(saved.id());
        assertThat(users.count()).isPositive();
    }
}
