package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import java.time.Clock;

/**
 * Hasil terbuka: a unit opts in (or out of) publishing the verified figures of its closed years. Who may is
 * said at the edge — administrators and planners; planners are not yet scoped to units (ADR 0013), and once
 * they are, this is one more use case that takes an {@code Actor}.
 */
public final class PublishResults {
    private final ResultPublications publications;
    private final OrganizationUnits units;
    private final Transactions transactions;
    private final Clock clock;

    public PublishResults(
            ResultPublications publications, OrganizationUnits units, Transactions transactions, Clock clock) {
        this.publications = publications;
        this.units = units;
        this.transactions = transactions;
        this.clock = clock;
    }

    public boolean change(String by, OrganizationUnitId unit, Boolean published) {
        InvalidValue.requirePresent(published, "published");
        return transactions.inTransaction(() -> {
            units.get(unit);
            publications.set(unit, published, by, clock.instant());
            return published;
        });
    }
}
