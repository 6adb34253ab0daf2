package id.kinerja.domain.agreement;

import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.Actor;
import java.time.LocalDate;
import java.util.Comparator;

/**
 * The unit's head (a planner) signs a draft PK on a date; the signed version is read-only, and the next change
 * is a PK perubahan. {@code revise} opens that next version with its reason.
 */
public final class SignPerformanceAgreement {
    private final PerformanceAgreements agreements;
    private final UnitStewards stewards;
    private final Transactions transactions;

    public SignPerformanceAgreement(
            PerformanceAgreements agreements, UnitStewards stewards, Transactions transactions) {
        this.agreements = agreements;
        this.stewards = stewards;
        this.transactions = transactions;
    }

    public PerformanceAgreement sign(PerformanceAgreementId id, long expectedVersion, LocalDate on, Actor by) {
        Agreements.requirePlanner(InvalidValue.requirePresent(by, "by"));
        return transactions.inTransaction(
                () -> agreements.save(Agreements.current(agreements, stewards, by, id, expectedVersion)
                        .sign(on, by.username())));
    }

    /** PK perubahan: a new draft version from the latest signed one, for a change of official, strategy or priorities. */
    public PerformanceAgreement revise(PerformanceAgreementId id, String reason, Actor by) {
        Agreements.requirePlanner(InvalidValue.requirePresent(by, "by"));
        return transactions.inTransaction(() -> {
            PerformanceAgreement signed = agreements
                    .find(id)
                    .orElseThrow(() -> new id.kinerja.domain.shared.NotFound("performance agreement", id.value()));
            stewards.requirePlans(by, signed.unitId());
            int latest = agreements.versionsOf(signed.unitId(), signed.year()).stream()
                    .map(PerformanceAgreement::number)
                    .max(Comparator.naturalOrder())
                    .orElse(signed.number());
            if (latest != signed.number()) {
                throw new ConflictingState(
                        "agreement.not-latest",
                        null,
                        "version " + signed.number() + " is not the latest (" + latest + ")",
                        signed.number(),
                        latest);
            }
            return agreements.save(signed.revise(reason, by.username()));
        });
    }
}
