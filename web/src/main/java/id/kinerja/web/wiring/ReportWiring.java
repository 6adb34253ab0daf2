package id.kinerja.web.wiring;

import id.kinerja.documents.report.LkjipRenderer;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.report.IssueReport;
import id.kinerja.domain.report.ReadReports;
import id.kinerja.domain.report.ReportIssues;
import id.kinerja.domain.report.ReportNarratives;
import id.kinerja.domain.report.WriteReportNarrative;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.UnitStewardship;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The LKjIP's narrative and issues (issue 13): its own factory beside {@link UseCaseFactory}, which is at
 * the size the architecture test allows.
 */
@Factory
public class ReportWiring {
    @Singleton
    WriteReportNarrative writeReportNarrative(
            ReportNarratives narratives,
            OrganizationUnits units,
            UnitStewardship stewards,
            Transactions transactions,
            Clock clock) {
        return new WriteReportNarrative(narratives, units, stewards, transactions, clock);
    }

    @Singleton
    IssueReport issueReport(
            EvaluateAttainment evaluate,
            ReadDecreeAnnex annexes,
            ReportNarratives narratives,
            ReportIssues issues,
            id.kinerja.domain.agreement.ReadBudgetRealization budgets,
            Transactions transactions,
            Clock clock) {
        return new IssueReport(
                evaluate, annexes, narratives, issues, new LkjipRenderer(), budgets, transactions, clock);
    }

    @Singleton
    ReadReports readReports(ReportNarratives narratives, ReportIssues issues) {
        return new ReadReports(narratives, issues);
    }
}
