package id.kinerja.domain.decree;

import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.Transactions;
import java.time.LocalDate;

/**
 * Ditetapkan: signs a draft. When it supersedes an earlier decree, the earlier one becomes superseded in
 * the same transaction, so there is never a moment with two decrees in force for the same thing.
 */
public final class EnactDecree {
    private final Decrees decrees;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public EnactDecree(Decrees decrees, UnitStewards stewards, Transactions transactions) {
        this.decrees = decrees;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public record Command(UnitActor by, DecreeId id, long expectedVersion, LocalDate enactedOn) {}

    public Decree enact(Command command) {
        return transactions.inTransaction(() -> {
            Decree decree = decrees.get(command.id());
            stewards.requirePlans(command.by(), decree.issuingUnitId());
            decree.enact(command.expectedVersion(), command.enactedOn());
            decree.relation()
                    .filter(relation -> relation.kind() == DecreeRelation.Kind.SUPERSEDES)
                    .ifPresent(relation -> {
                        Decree earlier = decrees.get(relation.earlier());
                        stewards.requirePlans(command.by(), earlier.issuingUnitId());
                        earlier.supersedeBy(decree.id());
                        decrees.save(earlier);
                    });
            return decrees.save(decree);
        });
    }
}
