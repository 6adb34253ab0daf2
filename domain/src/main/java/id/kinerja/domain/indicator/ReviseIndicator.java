package id.kinerja.domain.indicator;

import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.Transactions;

/** Rewrites an indicator's definition while its decree is a draft. */
public final class ReviseIndicator {
    private final Decrees decrees;
    private final Indicators indicators;
    private final OrganizationUnits units;
    private final Transactions transactions;

    public ReviseIndicator(Decrees decrees, Indicators indicators, OrganizationUnits units, Transactions transactions) {
        this.decrees = decrees;
        this.indicators = indicators;
        this.units = units;
        this.transactions = transactions;
    }

    public record Command(IndicatorId id, long expectedVersion, IndicatorDefinition definition) {}

    public IndicatorChange revise(Command command) {
        return transactions.inTransaction(() -> {
            Indicator indicator = indicators.get(command.id());
            decrees.get(indicator.decreeId()).requireDraft();
            if (command.definition().responsibleUnitId() != null) {
                units.get(command.definition().responsibleUnitId());
            }
            indicator.revise(command.expectedVersion(), command.definition());
            return IndicatorChange.of(indicators.save(indicator));
        });
    }
}
