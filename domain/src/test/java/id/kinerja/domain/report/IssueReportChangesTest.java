package id.kinerja.domain.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a re-issue lists as changed, and which narrative a section finds. */
class IssueReportChangesTest {
    private static ReportFigure figure(String key, String shown) {
        return new ReportFigure(key, "IKM — " + key, shown);
    }

    @Test
    void aReissueListsTheFiguresThatDifferNewAndGoneInTheOrderOfTheNewIssue() {
        List<ReportFigure> before = List.of(
                figure("target", "86 (Baik)"),
                figure("realisasi", "88,66"),
                figure("capaian", "103,09 %"),
                figure("gone", "1"));
        List<ReportFigure> after = List.of(
                figure("target", "86 (Baik)"),
                figure("realisasi", "90,12"),
                figure("capaian", "104,79 %"),
                figure("new", "Belum diisi"));

        assertThat(IssueReport.changes(before, after))
                .containsExactly(
                        new FigureChange("IKM — realisasi", "88,66", "90,12"),
                        new FigureChange("IKM — capaian", "103,09 %", "104,79 %"),
                        new FigureChange("IKM — new", null, "Belum diisi"),
                        new FigureChange("IKM — gone", "1", null));
        assertThat(IssueReport.changes(after, after)).isEmpty();
    }

    @Test
    void aNarrativeFindsTheReportsSectionsApartFromEachIndicatorsAnalyses() {
        OrganizationUnitId unit = new OrganizationUnitId(UUID.randomUUID());
        IndicatorId ikm = new IndicatorId(UUID.randomUUID());
        IndicatorId other = new IndicatorId(UUID.randomUUID());
        Narrative narrative = new Narrative(List.of(
                new NarrativeEntry(
                        unit,
                        Year.of(2024),
                        NarrativeSection.CLOSING,
                        Optional.empty(),
                        "Penutup",
                        "p",
                        Instant.EPOCH,
                        1),
                new NarrativeEntry(
                        unit,
                        Year.of(2024),
                        NarrativeSection.CAUSES,
                        Optional.of(ikm),
                        "Antrean daring",
                        "p",
                        Instant.EPOCH,
                        2),
                new NarrativeEntry(
                        unit,
                        Year.of(2024),
                        NarrativeSection.CAUSES,
                        Optional.of(other),
                        "  ",
                        "p",
                        Instant.EPOCH,
                        1)));

        assertThat(narrative.text(NarrativeSection.CLOSING)).contains("Penutup");
        assertThat(narrative.text(NarrativeSection.CAUSES)).isEmpty();
        assertThat(narrative.text(NarrativeSection.CAUSES, ikm)).contains("Antrean daring");
        assertThat(narrative.text(NarrativeSection.CAUSES, other))
                .as("blanks are not written text")
                .isEmpty();
        assertThat(narrative.of(NarrativeSection.CAUSES, other))
                .map(NarrativeEntry::version)
                .contains(1L);
    }

    @Test
    void anAnalysisNeedsItsIndicatorAndASectionOfTheReportRefusesOne() {
        WriteReportNarrative write = new WriteReportNarrative(null, null, null, null, java.time.Clock.systemUTC());
        OrganizationUnitId unit = new OrganizationUnitId(UUID.randomUUID());

        assertThatThrownBy(() -> write.write(new WriteReportNarrative.Command(
                        unit,
                        Year.of(2024),
                        NarrativeSection.CAUSES,
                        null,
                        "teks",
                        0,
                        id.kinerja.domain.user.Actor.of("p", id.kinerja.domain.user.Role.PLANNER))))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("code", "report.section-needs-indicator");
        assertThatThrownBy(() -> write.write(new WriteReportNarrative.Command(
                        unit,
                        Year.of(2024),
                        NarrativeSection.CLOSING,
                        new IndicatorId(UUID.randomUUID()),
                        "teks",
                        0,
                        id.kinerja.domain.user.Actor.of("p", id.kinerja.domain.user.Role.PLANNER))))
                .isInstanceOf(InvalidValue.class)
                .hasFieldOrPropertyWithValue("code", "report.section-of-the-report");
    }
}
