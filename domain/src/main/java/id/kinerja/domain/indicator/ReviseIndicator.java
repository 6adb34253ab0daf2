package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.Transactions;

/** Rewrites an indicator's definition while its decree is a draft. */
public final class ReviseIndicator {
    private final Decrees decrees;
    private final Indicators indicators;
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public ReviseIndicator(
            Decrees decrees,
            Indicators indicators,
            OrganizationUnits units,
            UnitStewards stewards,
            Transactions transactions) {
        this.decrees = decrees;
        this.indicators = indicators;
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(UnitActor by, IndicatorId id, long expectedVersion, IndicatorDefinition definition) {}

    public IndicatorChange revise(Command command) {
        return transactions.inTransaction(() -> {
            Indicator indicator = indicators.get(command.id());
            Decree decree = decrees.get(indicator.decreeId());
            stewards.requirePlans(command.by(), decree.issuingUnitId());
            decree.requireDraft();
            if (command.definition().responsibleUnitId() != null) {
                units.get(command.definition().responsibleUnitId());
                stewards.requirePlans(command.by(), command.definition().responsibleUnitId());
            }
            indicator.revise(command.expectedVersion(), command.definition());
            return IndicatorChange.of(indicators.save(indicator));
        });
    }
}
