package id.kinerja.domain.agreement;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.Actor;
import java.util.List;

/**
 * A planner changes a draft PK: the parties and programmes, or one target adjusted to the approved budget with
 * its reason. A signed version refuses (it is revised instead); an edit made on an outdated version refuses.
 */
public final class AdjustPerformanceAgreement {
    private final PerformanceAgreements agreements;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public AdjustPerformanceAgreement(
            PerformanceAgreements agreements, UnitStewards stewards, Transactions transactions) {
        this.agreements = agreements;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Restatement(
            PerformanceAgreementId id,
            long expectedVersion,
            AgreementParty firstParty,
            AgreementParty secondParty,
            List<AgreementProgramme> programmes,
            Actor by) {}

    public record TargetAdjustment(
            PerformanceAgreementId id,
            long expectedVersion,
            IndicatorId indicatorId,
            Target target,
            String reason,
            Actor by) {}

    public PerformanceAgreement restate(Restatement command) {
        Agreements.requirePlanner(InvalidValue.requirePresent(command.by(), "by"));
        return transactions.inTransaction(() -> agreements.save(
                Agreements.current(agreements, stewards, command.by(), command.id(), command.expectedVersion())
                        .restate(
                                command.firstParty(),
                                command.secondParty(),
                                command.programmes() == null ? List.of() : command.programmes())));
    }

    public PerformanceAgreement adjustTarget(TargetAdjustment command) {
        Agreements.requirePlanner(InvalidValue.requirePresent(command.by(), "by"));
        return transactions.inTransaction(() -> agreements.save(
                Agreements.current(agreements, stewards, command.by(), command.id(), command.expectedVersion())
                        .adjust(command.indicatorId(), command.target(), command.reason())));
    }
}
