package id.kinerja.web.agreement;

import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * The PK page: the unit and year chosen, the agreement that holds (a stored version, or the IKU's proposal), its
 * parties, lines and programmes as printed, and every stored version with its documents.
 *
 * @param shownId the stored version shown; absent for a proposal
 * @param work what a planner does next on the unit's year (prepare, change and sign the draft, or revise the
 *     signed PK), with the forms as typed; absent for everyone else
 */
@Introspected
public record AgreementPage(
        List<UnitChoice> units,
        @Nullable UUID unitId,
        int year,
        String status,
        @Nullable Integer number,
        @Nullable UUID shownId,
        @Nullable String signedOn,
        @Nullable String revisionReason,
        @Nullable Party firstParty,
        @Nullable Party secondParty,
        List<Line> lines,
        List<Programme> programmes,
        @Nullable String totalBudget,
        List<Version> versions,
        @Nullable Work work) {

    /** A party as printed: name, position, NIP. */
    @Introspected
    public record Party(String name, String position, String nip) {}

    /** One indicator with the IKU target beside the agreed one and the reason of an adjustment. */
    @Introspected
    public record Line(
            int number,
            String objective,
            String indicator,
            @Nullable String unitOfMeasure,
            String ikuTarget,
            String target,
            @Nullable String reason) {}

    @Introspected
    public record Programme(String code, String name, String budget) {}

    /** A stored version: its number, state, signing date and why it replaced the one before. */
    @Introspected
    public record Version(
            UUID id,
            int number,
            String status,
            @Nullable String signedOn,
            @Nullable String reason) {}

    /**
     * The planner's forms for the latest version of the unit's year.
     *
     * @param step {@code prepare} (no PK yet), {@code draft} (the latest version is a draft) or {@code revise}
     *     (the latest version is signed); never shown, only chooses the forms
     */
    @Introspected
    public record Work(
            String step,
            @Nullable UUID agreementId,
            @Nullable Integer number,
            List<Choice> indicators,
            AgreementForms.Parties parties,
            AgreementForms.TargetAdjustment target,
            AgreementForms.Signing signing,
            AgreementForms.Revision revision,
            @Nullable Refusal refusal) {}

    /** An indicator of the draft to adjust, with its agreed target. */
    @Introspected
    public record Choice(UUID id, String label) {}
}
