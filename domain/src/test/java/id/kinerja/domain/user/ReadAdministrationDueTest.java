package id.kinerja.domain.user;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReadAdministrationDueTest {
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final Set<OrganizationUnitId> assigned = new HashSet<>();
    private final AccountGaps gaps = new AccountGaps() {
        @Override
        public Page<AccountWithoutUnits> withoutUnits(PageRequest page) {
            return new Page<>(List.of(), page, 0);
        }

        @Override
        public Set<OrganizationUnitId> unitsAssignedToEvaluators() {
            return assigned;
        }
    };
    private final ReadAdministrationDue due = new ReadAdministrationDue(gaps, registry.units);
    private final RegisterOrganizationUnit register =
            new RegisterOrganizationUnit(registry.units, registry.stewards, registry.transactions);

    private OrganizationUnitId unit(String name, OrganizationUnitId parent) {
        OrganizationUnit unit = register.register(new RegisterOrganizationUnit.Command(
                RegistryTestData.ADMINISTRATOR,
                parent,
                new UnitProfile(name, null, UnitType.BAGIAN, List.of(), List.of())));
        return unit.id();
    }

    private List<String> unservedNames(PageRequest page) {
        return due.unitsWithoutEvaluators(page).items().stream()
                .map(UnitOutline::name)
                .toList();
    }

    @Test
    void aUnitIsServedByAnEvaluatorOfItOrOfAUnitAboveItAndTheRestArePagedByName() {
        OrganizationUnitId province = unit("Pemerintah Provinsi", null);
        OrganizationUnitId bureau = unit("Biro Umum", province);
        unit("Bagian Tata Usaha", bureau);
        unit("Bagian Rumah Tangga", bureau);
        OrganizationUnitId inspectorate = unit("Inspektorat", province);

        assertThat(due.unitsWithoutEvaluators(new PageRequest(0, 2)).total()).isEqualTo(5);
        assertThat(unservedNames(new PageRequest(0, 2))).containsExactly("Bagian Rumah Tangga", "Bagian Tata Usaha");
        assertThat(unservedNames(new PageRequest(2, 2))).containsExactly("Pemerintah Provinsi");

        assigned.add(bureau);
        assertThat(unservedNames(new PageRequest(0, 10))).containsExactly("Inspektorat", "Pemerintah Provinsi");

        assigned.add(province);
        assertThat(due.unitsWithoutEvaluators(new PageRequest(0, 10)).total()).isZero();
        assertThat(inspectorate).isNotNull();
    }
}
