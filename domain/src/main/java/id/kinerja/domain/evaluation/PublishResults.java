package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import java.time.Clock;

/**
 * Hasil terbuka: a unit opts in (or out of) publishing the verified figures of its closed years. An
 * administrator switches every unit, a planner only the units they plan for (ADR 0020).
 */
public final class PublishResults {
    private final ResultPublications publications;
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;
    private final Clock clock;

    public PublishResults(
            ResultPublications publications,
            OrganizationUnits units,
            UnitStewards stewards,
            Transactions transactions,
            Clock clock) {
        this.publications = publications;
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean change(UnitActor by, OrganizationUnitId unit, Boolean published) {
        InvalidValue.requirePresent(by, "by");
        InvalidValue.requirePresent(published, "published");
        return transactions.inTransaction(() -> {
            units.get(unit);
            stewards.requirePlans(by, unit);
            publications.set(unit, published, by.username(), clock.instant());
            return published;
        });
    }
}
