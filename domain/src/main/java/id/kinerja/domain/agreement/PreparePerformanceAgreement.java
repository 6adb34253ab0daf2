package id.kinerja.domain.agreement;

import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.TargetBasis;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.Actor;
import java.util.List;

/**
 * A planner prepares the unit's first PK for the year from its IKU: every indicator of the decree in force with
 * its target for the year, the two parties, and the programmes with their budget. Only a planner of the unit
 * (ADR 0020) prepares it.
 */
public final class PreparePerformanceAgreement {
    private final EvaluateAttainment evaluate;
    private final PerformanceAgreements agreements;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public PreparePerformanceAgreement(
            EvaluateAttainment evaluate,
            PerformanceAgreements agreements,
            UnitStewards stewards,
            Transactions transactions) {
        this.evaluate = evaluate;
        this.agreements = agreements;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(
            OrganizationUnitId unitId,
            Year year,
            AgreementParty firstParty,
            AgreementParty secondParty,
            List<AgreementProgramme> programmes,
            Actor by) {}

    public PerformanceAgreement prepare(Command command) {
        InvalidValue.requirePresent(command.by(), "by");
        InvalidValue.requirePresent(command.year(), "year");
        Agreements.requirePlanner(command.by());
        return transactions.inTransaction(() -> {
            stewards.requirePlans(command.by(), command.unitId());
            if (!agreements.versionsOf(command.unitId(), command.year()).isEmpty()) {
                throw new ConflictingState(
                        "agreement.exists",
                        "year",
                        "the unit already has a PK for " + command.year() + ": change the draft or revise it",
                        command.year().value());
            }
            UnitEvaluation iku = evaluate.ofUnit(command.unitId(), command.year(), null, null, TargetBasis.IKU);
            List<AgreedTarget> targets = iku.objectives().stream()
                    .flatMap(objective -> objective.indicators().stream())
                    .filter(indicator -> indicator.year().target().isPresent())
                    .map(indicator -> new AgreedTarget(
                            indicator.indicator().id(),
                            indicator.year().target().get(),
                            null))
                    .toList();
            if (targets.isEmpty()) {
                throw new ConflictingState(
                        "agreement.no-iku",
                        "year",
                        "the unit has no IKU target for " + command.year() + " in an enacted decree",
                        command.year().value());
            }
            return agreements.save(PerformanceAgreement.draft(
                    command.unitId(),
                    command.year(),
                    command.firstParty(),
                    command.secondParty(),
                    targets,
                    command.programmes() == null ? List.of() : command.programmes(),
                    command.by().username()));
        });
    }
}
