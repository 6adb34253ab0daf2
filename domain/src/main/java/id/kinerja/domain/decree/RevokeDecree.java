package id.kinerja.domain.decree;

import id.kinerja.domain.shared.Transactions;

/** Dicabut: withdraws an enacted decree, with the date and the reason. */
public final class RevokeDecree {
    private final Decrees decrees;
    private final Transactions transactions;

    public RevokeDecree(Decrees decrees, Transactions transactions) {
        this.decrees = decrees;
        this.transactions = transactions;
    }

    public record Command(DecreeId id, long expectedVersion, Decree.Revocation revocation) {}

    public Decree revoke(Command command) {
        return transactions.inTransaction(() -> {
            Decree decree = decrees.get(command.id());
            decree.revoke(command.expectedVersion(), command.revocation());
            return decrees.save(decree);
        });
    }
}
