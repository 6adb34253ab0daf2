package id.kinerja.domain.agreement;

import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.user.Actor;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A planner of the unit enters the budget realization of a PK version: per programme or activity its ceiling
 * (the PK's budget when none is given) and its spending, or none yet. All lines or none: a line naming no
 * programme of the PK, or a figure that is no rupiah amount, refuses the whole entry with the line at fault.
 * {@code of} reads it back with every programme of the PK, entered or not.
 */
public final class EnterBudgetRealization {
    private final PerformanceAgreements agreements;
    private final BudgetRealizations realizations;
    private final UnitStewards stewards;
    private final Transactions transactions;
    private final Clock clock;

    public EnterBudgetRealization(
            PerformanceAgreements agreements,
            BudgetRealizations realizations,
            UnitStewards stewards,
            Transactions transactions,
            Clock clock) {
        this.agreements = agreements;
        this.realizations = realizations;
        this.stewards = stewards;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One line as entered: the programme's code, its ceiling (absent: the PK's budget), its spending (absent: not yet). */
    public record Line(String code, BigDecimal ceiling, BigDecimal realized) {}

    public BudgetRealization enter(PerformanceAgreementId id, List<Line> lines, Actor by) {
        Agreements.requirePlanner(InvalidValue.requirePresent(by, "by"));
        InvalidValue.requirePresent(lines, "lines");
        return transactions.inTransaction(() -> {
            PerformanceAgreement agreement = find(id);
            stewards.requirePlans(by, agreement.unitId());
            Map<String, AgreementProgramme> programmes = programmesOf(agreement);
            Set<String> seen = new HashSet<>();
            List<BudgetRealizations.Entry> entries = new ArrayList<>();
            for (int index = 0; index < lines.size(); index++) {
                Line line = lines.get(index);
                String field = "lines[" + index + "]";
                String code =
                        line == null || line.code() == null ? null : line.code().strip();
                AgreementProgramme programme = code == null ? null : programmes.get(code);
                if (programme == null) {
                    throw new InvalidValue(
                            "budget.unknown-programme",
                            field + ".code",
                            "line " + (index + 1) + " names no programme of the PK: " + code,
                            index + 1,
                            String.valueOf(code));
                }
                if (!seen.add(code)) {
                    throw new InvalidValue(
                            "budget.twice",
                            field + ".code",
                            "the programme " + code + " is entered twice",
                            index + 1,
                            code);
                }
                BigDecimal ceiling = line.ceiling() == null ? programme.budget() : line.ceiling();
                BudgetLine checked = Agreements.at(
                        field,
                        () -> new BudgetLine(code, programme.name(), ceiling, Optional.ofNullable(line.realized())));
                entries.add(new BudgetRealizations.Entry(code, checked.ceiling(), checked.realized()));
            }
            realizations.replace(id, entries, by.username(), clock.instant());
            return sheet(agreement);
        });
    }

    /** Every programme of the PK version with its ceiling and spending, "belum diisi" where none was entered. */
    public BudgetRealization of(PerformanceAgreementId id) {
        return sheet(find(id));
    }

    private BudgetRealization sheet(PerformanceAgreement agreement) {
        return new ReadBudgetRealization(agreements, realizations).sheet(agreement);
    }

    private PerformanceAgreement find(PerformanceAgreementId id) {
        return agreements.find(id).orElseThrow(() -> new NotFound("performance agreement", id.value()));
    }

    private static Map<String, AgreementProgramme> programmesOf(PerformanceAgreement agreement) {
        Map<String, AgreementProgramme> byCode = new LinkedHashMap<>();
        agreement.programmes().forEach(programme -> byCode.put(programme.code(), programme));
        return byCode;
    }
}
