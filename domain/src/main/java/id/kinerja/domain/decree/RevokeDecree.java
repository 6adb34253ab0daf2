package id.kinerja.domain.decree;

import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.Transactions;

/** Dicabut: withdraws an enacted decree, with the date and the reason. */
public final class RevokeDecree {
    private final Decrees decrees;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public RevokeDecree(Decrees decrees, UnitStewards stewards, Transactions transactions) {
        this.decrees = decrees;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(UnitActor by, DecreeId id, long expectedVersion, Decree.Revocation revocation) {}

    public Decree revoke(Command command) {
        return transactions.inTransaction(() -> {
            Decree decree = decrees.get(command.id());
            stewards.requirePlans(command.by(), decree.issuingUnitId());
            decree.revoke(command.expectedVersion(), command.revocation());
            return decrees.save(decree);
        });
    }
}
