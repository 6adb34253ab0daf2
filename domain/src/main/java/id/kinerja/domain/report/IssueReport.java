package id.kinerja.domain.report;

import id.kinerja.domain.agreement.BudgetLine;
import id.kinerja.domain.agreement.ReadBudgetRealization;
import id.kinerja.domain.agreement.YearBudget;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.DecreeAnnex;
import id.kinerja.domain.indicator.ReadDecreeAnnex;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An auditor issues a unit's LKjIP of a year: the report is drawn once more from the engine and the narrative,
 * its files are kept with the figures they print and with what they were drawn from, under the next issue
 * number. Nothing later changes an issued report; the new issue lists the figures that differ from the last.
 */
public final class IssueReport {
    /** The date on an issued report is the date in Jakarta, where the offices are. */
    static final ZoneId OFFICE_TIME = ZoneId.of("Asia/Jakarta");

    private final EvaluateAttainment evaluate;
    private final ReadDecreeAnnex annexes;
    private final ReportNarratives narratives;
    private final ReportIssues issues;
    private final ReportRenderer renderer;
    private final ReadBudgetRealization budgets;
    private final Transactions transactions;
    private final Clock clock;

    public IssueReport(
            EvaluateAttainment evaluate,
            ReadDecreeAnnex annexes,
            ReportNarratives narratives,
            ReportIssues issues,
            ReportRenderer renderer,
            ReadBudgetRealization budgets,
            Transactions transactions,
            Clock clock) {
        this.evaluate = evaluate;
        this.annexes = annexes;
        this.narratives = narratives;
        this.issues = issues;
        this.renderer = renderer;
        this.budgets = budgets;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(OrganizationUnitId unit, Year year, String issuedBy) {}

    public IssuedReport issue(Command command) {
        InvalidValue.requirePresent(command.unit(), "unitId");
        InvalidValue.requirePresent(command.year(), "year");
        return transactions.inTransaction(() -> {
            UnitEvaluation evaluation = evaluate.ofUnit(command.unit(), command.year(), null, null);
            Optional<DecreeAnnex> annex = evaluation.decree().map(decree -> annexes.read(decree.id()));
            Narrative narrative = narratives.of(command.unit(), command.year());
            Optional<IssuedReport> last =
                    issues.of(command.unit(), command.year()).stream().findFirst();
            int sequence = last.map(previous -> previous.sequence() + 1).orElse(1);
            LocalDate today = LocalDate.ofInstant(clock.instant(), OFFICE_TIME);
            IssueStamp stamp = new IssueStamp(IssuedReport.number(command.year(), sequence), today, command.issuedBy());
            Optional<YearBudget> budget = budgets.heldFor(command.unit(), command.year());
            RenderedReport files = renderer.render(evaluation, annex, narrative, budget, Optional.of(stamp));
            IssuedReport issued = new IssuedReport(
                    command.unit(),
                    command.year(),
                    sequence,
                    today,
                    command.issuedBy(),
                    clock.instant(),
                    evaluation.scale().name(),
                    sources(evaluation, narrative, budget),
                    files.figures(),
                    last.map(previous -> changes(previous.figures(), files.figures()))
                            .orElse(List.of()));
            issues.add(issued, files);
            return issued;
        });
    }

    /** The figures that differ between two issues, in the order of the new one, then those gone. */
    static List<FigureChange> changes(List<ReportFigure> before, List<ReportFigure> after) {
        Map<String, ReportFigure> earlier = new LinkedHashMap<>();
        before.forEach(figure -> earlier.put(figure.key(), figure));
        List<FigureChange> changes = new ArrayList<>();
        for (ReportFigure figure : after) {
            ReportFigure was = earlier.remove(figure.key());
            if (was == null) {
                changes.add(new FigureChange(figure.label(), null, figure.shown()));
            } else if (!was.shown().equals(figure.shown())) {
                changes.add(new FigureChange(figure.label(), was.shown(), figure.shown()));
            }
        }
        earlier.values().forEach(gone -> changes.add(new FigureChange(gone.label(), gone.shown(), null)));
        return changes;
    }

    /**
     * What the report was drawn from, one line each: every realization behind a figure with its version and
     * review status (a survey result named by its reference), the rating scale, and each written section's
     * version.
     */
    static List<String> sources(UnitEvaluation evaluation, Narrative narrative, Optional<YearBudget> budget) {
        List<String> sources = new ArrayList<>();
        sources.add("rating-scale " + evaluation.scale().name());
        evaluation
                .decree()
                .ifPresent(decree -> sources.add("decree " + decree.id().value() + " "
                        + decree.content().number().value() + " v" + decree.version()));
        for (ObjectiveEvaluation objective : evaluation.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                List<YearFigure> years = new ArrayList<>(indicator.previousYears());
                years.add(indicator.year());
                for (YearFigure year : years) {
                    if (year.value() instanceof YearlyValue.Known known) {
                        for (Realization realization : known.from()) {
                            Realization.Source source = realization.value().source();
                            sources.add("realization " + realization.id().value() + " v" + realization.version()
                                    + " " + realization.status() + " "
                                    + year.year().value() + " "
                                    + realization.period() + " " + source.kind()
                                    + (source.reference() == null ? "" : " " + source.reference()));
                        }
                    }
                }
            }
        }
        budget.ifPresent(held -> {
            sources.add("performance-agreement " + held.agreement().value() + " v" + held.agreementNumber()
                    + (held.signed() ? " SIGNED" : " DRAFT"));
            for (BudgetLine line : held.realization().lines()) {
                sources.add("budget " + line.code() + " " + line.ceiling().toPlainString() + " "
                        + line.realized()
                                .map(java.math.BigDecimal::toPlainString)
                                .orElse("NOT_FILLED"));
            }
        });
        narrative
                .entries()
                .forEach(entry -> sources.add("narrative " + entry.section()
                        + entry.indicator().map(id -> " " + id.value()).orElse("") + " v" + entry.version()));
        return sources;
    }
}
