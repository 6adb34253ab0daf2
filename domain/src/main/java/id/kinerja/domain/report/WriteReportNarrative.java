package id.kinerja.domain.report;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import java.time.Clock;
import java.util.Optional;

/**
 * A planner writes one section of a unit's LKjIP, or one indicator's analysis. The version they saw must
 * still be the stored one: a concurrent edit is refused, never overwritten. Only a planner of the unit writes
 * it (ADR 0020).
 */
public final class WriteReportNarrative {
    /** A section is a few pages of text at most. */
    public static final int MAX_LENGTH = 20_000;

    private final ReportNarratives narratives;
    private final OrganizationUnits units;
    private final UnitStewards stewards;
    private final Transactions transactions;
    private final Clock clock;

    public WriteReportNarrative(
            ReportNarratives narratives,
            OrganizationUnits units,
            UnitStewards stewards,
            Transactions transactions,
            Clock clock) {
        this.narratives = narratives;
        this.units = units;
        this.stewards = stewards;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param indicator the indicator an analysis is about; absent for a section of the report as a whole
     * @param version the version the writer saw (0 for a section never written)
     */
    public record Command(
            OrganizationUnitId unit,
            Year year,
            NarrativeSection section,
            IndicatorId indicator,
            String text,
            long version,
            UnitActor by) {}

    public NarrativeEntry write(Command command) {
        InvalidValue.requirePresent(command.by(), "by");
        InvalidValue.requirePresent(command.unit(), "unitId");
        InvalidValue.requirePresent(command.year(), "year");
        NarrativeSection section = InvalidValue.requirePresent(command.section(), "section");
        if (section.perIndicator() && command.indicator() == null) {
            throw new InvalidValue(
                    "report.section-needs-indicator",
                    "indicatorId",
                    "the section " + section + " is written per indicator: name the indicator",
                    section);
        }
        if (!section.perIndicator() && command.indicator() != null) {
            throw new InvalidValue(
                    "report.section-of-the-report",
                    "indicatorId",
                    "the section " + section + " is written once for the report, not per indicator",
                    section);
        }
        String text = Text.paragraph(command.text() == null ? "" : command.text(), "text", MAX_LENGTH);
        return transactions.inTransaction(() -> {
            if (units.find(command.unit()).isEmpty()) {
                throw new NotFound("unit", command.unit().value());
            }
            stewards.requirePlans(command.by(), command.unit());
            return narratives.save(
                    new NarrativeEntry(
                            command.unit(),
                            command.year(),
                            section,
                            Optional.ofNullable(command.indicator()),
                            text,
                            command.by().username(),
                            clock.instant(),
                            command.version() + 1),
                    command.version());
        });
    }
}
