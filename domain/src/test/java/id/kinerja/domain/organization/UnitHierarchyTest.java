package id.kinerja.domain.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.StaleVersion;
import org.junit.jupiter.api.Test;

class UnitHierarchyTest {
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final RegistryTestData data = new RegistryTestData(registry);
    private final ReviseOrganizationUnit revise =
            new ReviseOrganizationUnit(registry.units, registry.stewards, registry.transactions);

    @Test
    void rejectsMovingAUnitUnderItsOwnDescendant() {
        OrganizationUnit province = data.unit("Pemerintah Provinsi", null);
        OrganizationUnit secretariat = data.unit("Sekretariat Daerah", province.id());
        OrganizationUnit bureau = data.unit("Biro Umum", secretariat.id());

        assertThatThrownBy(() -> revise.revise(new ReviseOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR,
                        province.id(),
                        province.version(),
                        bureau.id(),
                        province.profile())))
                .isInstanceOfSatisfying(
                        RuleViolation.class, e -> assertThat(e.code()).isEqualTo("unit.cycle"));
        assertThat(registry.units.get(province.id()).parentId()).isEmpty();
    }

    @Test
    void rejectsAUnitAsItsOwnParent() {
        OrganizationUnit bureau = data.unit("Biro Umum", null);

        assertThatThrownBy(() -> revise.revise(new ReviseOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR, bureau.id(), 0, bureau.id(), bureau.profile())))
                .isInstanceOf(RuleViolation.class);
    }

    @Test
    void movesAUnitUnderAnotherBranch() {
        OrganizationUnit province = data.unit("Pemerintah Provinsi", null);
        OrganizationUnit secretariat = data.unit("Sekretariat Daerah", province.id());
        OrganizationUnit bureau = data.unit("Biro Umum", province.id());

        OrganizationUnit moved = revise.revise(new ReviseOrganizationUnit.Command(
                RegistryTestData.ADMINISTRATOR, bureau.id(), 0, secretariat.id(), bureau.profile()));

        assertThat(moved.parentId()).contains(secretariat.id());
        assertThat(moved.version()).isEqualTo(1);
    }

    @Test
    void rejectsAParentThatDoesNotExist() {
        assertThatThrownBy(() -> data.unit("Biro Umum", OrganizationUnitId.newId()))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void rejectsAStaleEdit() {
        OrganizationUnit bureau = data.unit("Biro Umum", null);
        revise.revise(new ReviseOrganizationUnit.Command(
                RegistryTestData.ADMINISTRATOR, bureau.id(), 0, null, bureau.profile()));

        assertThatThrownBy(() -> revise.revise(new ReviseOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR, bureau.id(), 0, null, bureau.profile())))
                .isInstanceOf(StaleVersion.class);
    }

    @Test
    void lettersFunctionsByPosition() {
        assertThat(OrganizationUnit.UnitProfile.functionLetter(0)).isEqualTo("a");
        assertThat(OrganizationUnit.UnitProfile.functionLetter(6)).isEqualTo("g");
    }
}
