package id.kinerja.domain.agreement;

import java.time.Instant;
import java.util.List;

/** Where the budget realization of each PK version is kept: one entry per programme code. */
public interface BudgetRealizations {
    /** The entries of a PK version, in no particular order; empty when nothing was entered. */
    List<Entry> of(PerformanceAgreementId agreement);

    /** Replaces the version's entries with these, all together. */
    void replace(PerformanceAgreementId agreement, List<Entry> entries, String by, Instant at);

    /** A programme's ceiling and, once entered, its spending. */
    record Entry(String code, java.math.BigDecimal ceiling, java.util.Optional<java.math.BigDecimal> realized) {}
}
