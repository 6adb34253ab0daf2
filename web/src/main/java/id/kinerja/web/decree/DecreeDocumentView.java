package id.kinerja.web.decree;

import id.kinerja.domain.decree.DecreeContent;
import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * The decree as its document reads, and for a planner's draft the forms that complete it, each holding what was
 * typed when it was refused.
 */
@Introspected
public record DecreeDocumentView(
        UUID id,
        String number,
        long version,
        String status,
        boolean draft,
        boolean planner,
        DecreeContent content,
        String unitName,
        List<Clause> considerations,
        List<Clause> legalBases,
        List<Clause> decisions,
        @Nullable String enactedOn,
        List<Integer> years,
        List<AnnexRow> rows,
        List<Choice> objectives,
        List<Choice> periods,
        List<DecreeRow> later,
        @Nullable String earlier,
        ObjectiveForm objectiveForm,
        IndicatorForm indicatorForm,
        EnactmentForm enactmentForm,
        @Nullable Refusal refusal,
        boolean inForce,
        @Nullable UUID earlierId,
        List<Choice> indicators,
        TargetForm targetForm,
        RevocationForm revocationForm,
        @Nullable String revoked,
        IndicatorChoices indicatorChoices) {

    /** A numbered clause of the document: "a." and its text, "KESATU" and its text. */
    @Introspected
    public record Clause(String label, String text) {}

    /** One line of the Lampiran, the targets in the annex's year order as printed ("87,50 (Baik)"). */
    @Introspected
    public record AnnexRow(
            String objectiveCode,
            String objective,
            String code,
            UUID indicatorId,
            String name,
            String definition,
            String formula,
            List<String> targets,
            String dataSource) {}

    /** An option of a form's list: an objective, a plan period. */
    @Introspected
    public record Choice(UUID id, String label) {}
}
