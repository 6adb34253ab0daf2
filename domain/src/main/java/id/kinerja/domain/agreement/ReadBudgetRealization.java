package id.kinerja.domain.agreement;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads realisasi anggaran: of one PK version, every programme with its ceiling and spending ("belum diisi" where
 * none was entered), or of the PK that holds for a unit's year, as the LKjIP's Bab III B prints it.
 */
public final class ReadBudgetRealization {
    private final PerformanceAgreements agreements;
    private final BudgetRealizations realizations;

    public ReadBudgetRealization(PerformanceAgreements agreements, BudgetRealizations realizations) {
        this.agreements = agreements;
        this.realizations = realizations;
    }

    public BudgetRealization of(PerformanceAgreementId id) {
        return sheet(agreements.find(id).orElseThrow(() -> new NotFound("performance agreement", id.value())));
    }

    /** The budget of the PK that holds for the year; absent while the unit has no PK for it. */
    public Optional<YearBudget> heldFor(OrganizationUnitId unit, Year year) {
        return ReadPerformanceAgreements.holding(agreements.versionsOf(unit, year))
                .map(agreement ->
                        new YearBudget(agreement.id(), agreement.number(), agreement.signed(), sheet(agreement)));
    }

    BudgetRealization sheet(PerformanceAgreement agreement) {
        Map<String, BudgetRealizations.Entry> entered = new LinkedHashMap<>();
        realizations.of(agreement.id()).forEach(entry -> entered.put(entry.code(), entry));
        List<BudgetLine> lines = agreement.programmes().stream()
                .map(programme -> {
                    BudgetRealizations.Entry entry = entered.get(programme.code());
                    return entry == null
                            ? new BudgetLine(programme.code(), programme.name(), programme.budget(), Optional.empty())
                            : new BudgetLine(programme.code(), programme.name(), entry.ceiling(), entry.realized());
                })
                .toList();
        return new BudgetRealization(lines);
    }
}
