package id.kinerja.web.wiring;

import id.kinerja.domain.agreement.AdjustPerformanceAgreement;
import id.kinerja.domain.agreement.PerformanceAgreements;
import id.kinerja.domain.agreement.PreparePerformanceAgreement;
import id.kinerja.domain.agreement.ReadPerformanceAgreements;
import id.kinerja.domain.agreement.SignPerformanceAgreement;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.UnitStewardship;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/**
 * The Perjanjian Kinerja's use cases (issue 13): prepared, adjusted, signed and revised by planners, read by
 * everyone. Every change asks {@link UnitStewardship} whether the planner plans for the unit (ADR 0020). Apart from {@link UseCaseFactory}, which would otherwise pass the 300 lines a web class may have.
 */
@Factory
class AgreementUseCaseFactory {
    @Singleton
    PreparePerformanceAgreement preparePerformanceAgreement(
            EvaluateAttainment evaluate,
            PerformanceAgreements agreements,
            UnitStewardship stewards,
            Transactions transactions) {
        return new PreparePerformanceAgreement(evaluate, agreements, stewards, transactions);
    }

    @Singleton
    AdjustPerformanceAgreement adjustPerformanceAgreement(
            PerformanceAgreements agreements, UnitStewardship stewards, Transactions transactions) {
        return new AdjustPerformanceAgreement(agreements, stewards, transactions);
    }

    @Singleton
    SignPerformanceAgreement signPerformanceAgreement(
            PerformanceAgreements agreements, UnitStewardship stewards, Transactions transactions) {
        return new SignPerformanceAgreement(agreements, stewards, transactions);
    }

    @Singleton
    ReadPerformanceAgreements readPerformanceAgreements(PerformanceAgreements agreements, EvaluateAttainment evaluate) {
        return new ReadPerformanceAgreements(agreements, evaluate);
    }

    // PK pages, scoping and budget realization (issue 13, item 2)
    @Singleton
    id.kinerja.domain.agreement.EnterBudgetRealization enterBudgetRealization(
            PerformanceAgreements agreements,
            id.kinerja.domain.agreement.BudgetRealizations realizations,
            UnitStewardship stewards,
            Transactions transactions,
            java.time.Clock clock) {
        return new id.kinerja.domain.agreement.EnterBudgetRealization(
                agreements, realizations, stewards, transactions, clock);
    }

    // Budget realization page, sheet import and LKjIP Bab III B (issue 13, items 2 and 3B)
    @Singleton
    id.kinerja.domain.agreement.ReadBudgetRealization readBudgetRealization(
            PerformanceAgreements agreements, id.kinerja.domain.agreement.BudgetRealizations realizations) {
        return new id.kinerja.domain.agreement.ReadBudgetRealization(agreements, realizations);
    }

    @Singleton
    id.kinerja.domain.agreement.ImportBudgetRealization importBudgetRealization(
            PerformanceAgreements agreements,
            UnitStewardship stewards,
            id.kinerja.domain.matrix.MatrixSheets sheets,
            id.kinerja.domain.agreement.EnterBudgetRealization enter) {
        return new id.kinerja.domain.agreement.ImportBudgetRealization(agreements, stewards, sheets, enter);
    }
}
