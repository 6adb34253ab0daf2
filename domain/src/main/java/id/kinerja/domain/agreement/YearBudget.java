package id.kinerja.domain.agreement;

/**
 * Realisasi anggaran as the LKjIP prints it (Bab III B): the budget realization of the PK that holds for the
 * unit's year — the latest signed version, else the latest draft — with that version named.
 */
public record YearBudget(
        PerformanceAgreementId agreement, int agreementNumber, boolean signed, BudgetRealization realization) {}
