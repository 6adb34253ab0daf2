package id.kinerja.domain.decree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.StaleVersion;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DecreeLifecycleTest {
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final RegistryTestData data = new RegistryTestData(registry);
    private final OrganizationUnit bureau = data.unit("Biro Umum", null);
    private final EnactDecree enact = new EnactDecree(registry.decrees, registry.stewards, registry.transactions);
    private final ReviseDraftDecree revise =
            new ReviseDraftDecree(registry.decrees, registry.stewards, registry.transactions);

    @Test
    void enactsADraftAndTakesEffectThatDay() {
        Decree draft = data.draftDecree(bureau, "017.1/RO-UM/2024");

        Decree enacted = enact.enact(
                new EnactDecree.Command(RegistryTestData.ADMINISTRATOR, draft.id(), 0, LocalDate.of(2024, 1, 3)));

        assertThat(enacted.status()).isEqualTo(DecreeStatus.ENACTED);
        assertThat(enacted.effectiveDate()).contains(LocalDate.of(2024, 1, 3));
    }

    @Test
    void rejectsEditingAnEnactedDecree() {
        Decree draft = data.draftDecree(bureau, "017.1/RO-UM/2024");
        Decree enacted = enact.enact(
                new EnactDecree.Command(RegistryTestData.ADMINISTRATOR, draft.id(), 0, LocalDate.of(2024, 1, 3)));

        assertThatThrownBy(() -> revise.revise(new ReviseDraftDecree.Command(
                        RegistryTestData.ADMINISTRATOR,
                        enacted.id(),
                        enacted.version(),
                        RegistryTestData.content("017.1/RO-UM/2024"))))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("decree.not-draft"));
    }

    @Test
    void supersedingDecreeRetiresTheEarlierOneWhenEnacted() {
        Decree first = data.draftDecree(bureau, "017.1/RO-UM/2024");
        first = enact.enact(
                new EnactDecree.Command(RegistryTestData.ADMINISTRATOR, first.id(), 0, LocalDate.of(2024, 1, 3)));
        Decree second = new DraftDecree(registry.decrees, registry.units, registry.stewards, registry.transactions)
                .draft(new DraftDecree.Command(
                        RegistryTestData.ADMINISTRATOR,
                        bureau.id(),
                        RegistryTestData.content("050/RO-UM/2025"),
                        new DecreeRelation(DecreeRelation.Kind.SUPERSEDES, first.id())));

        assertThat(registry.decrees.get(first.id()).status()).isEqualTo(DecreeStatus.ENACTED);
        enact.enact(new EnactDecree.Command(RegistryTestData.ADMINISTRATOR, second.id(), 0, LocalDate.of(2025, 1, 6)));

        Decree retired = registry.decrees.get(first.id());
        assertThat(retired.status()).isEqualTo(DecreeStatus.SUPERSEDED);
        assertThat(retired.supersededBy()).contains(second.id());
        assertThat(retired.content().number().value()).isEqualTo("017.1/RO-UM/2024");
        assertThat(registry.decrees.laterDecreesOf(first.id()))
                .extracting(Decree::id)
                .containsExactly(second.id());
    }

    @Test
    void rejectsASecondDecreeWithTheSameNumber() {
        data.draftDecree(bureau, "017.1/RO-UM/2024");

        assertThatThrownBy(() -> data.draftDecree(bureau, "017.1/RO-UM/2024"))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("decree.number-taken"));
    }

    @Test
    void rejectsEnactingWithAStaleVersion() {
        Decree draft = data.draftDecree(bureau, "017.1/RO-UM/2024");
        revise.revise(new ReviseDraftDecree.Command(
                RegistryTestData.ADMINISTRATOR, draft.id(), 0, RegistryTestData.content("017.1/RO-UM/2024")));

        assertThatThrownBy(() -> enact.enact(new EnactDecree.Command(
                        RegistryTestData.ADMINISTRATOR, draft.id(), 0, LocalDate.of(2024, 1, 3))))
                .isInstanceOf(StaleVersion.class);
        assertThat(registry.decrees.get(draft.id()).status()).isEqualTo(DecreeStatus.DRAFT);
    }

    @Test
    void revokingNeedsAReasonAndKeepsTheDecreeReadable() {
        Decree enacted = enact.enact(new EnactDecree.Command(
                RegistryTestData.ADMINISTRATOR,
                data.draftDecree(bureau, "1/2024").id(),
                0,
                LocalDate.of(2024, 1, 3)));

        Decree revoked = new RevokeDecree(registry.decrees, registry.stewards, registry.transactions)
                .revoke(new RevokeDecree.Command(
                        RegistryTestData.ADMINISTRATOR,
                        enacted.id(),
                        enacted.version(),
                        new Decree.Revocation(LocalDate.of(2024, 6, 1), "Salah ketik")));

        assertThat(revoked.status()).isEqualTo(DecreeStatus.REVOKED);
        assertThat(revoked.revocation()).map(Decree.Revocation::reason).contains("Salah ketik");
    }

    @Test
    void labelsDecisionsTheIndonesianWay() {
        assertThat(DecisionLabels.of(0)).isEqualTo("KESATU");
        assertThat(DecisionLabels.of(1)).isEqualTo("KEDUA");
        assertThat(DecisionLabels.of(20)).isEqualTo("KE-21");
    }

    @Test
    void deletesADraftAtTheVersionSeenButNeverAnEnactedDecree() {
        DeleteDraftDecree delete = new DeleteDraftDecree(registry.decrees, registry.stewards, registry.transactions);
        Decree draft = data.draftDecree(bureau, "017.1/RO-UM/2024");
        Decree kept = data.draftDecree(bureau, "017.2/RO-UM/2024");
        Decree enacted = enact.enact(
                new EnactDecree.Command(RegistryTestData.ADMINISTRATOR, kept.id(), 0, LocalDate.of(2024, 1, 3)));

        assertThatThrownBy(() ->
                        delete.delete(new DeleteDraftDecree.Command(RegistryTestData.ADMINISTRATOR, draft.id(), 7)))
                .isInstanceOf(StaleVersion.class);
        assertThatThrownBy(() -> delete.delete(
                        new DeleteDraftDecree.Command(RegistryTestData.ADMINISTRATOR, enacted.id(), enacted.version())))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("decree.not-draft"));

        delete.delete(new DeleteDraftDecree.Command(RegistryTestData.ADMINISTRATOR, draft.id(), 0));

        assertThat(registry.decrees.find(draft.id())).isEmpty();
        assertThat(registry.decrees.find(enacted.id())).isPresent();
    }
}
