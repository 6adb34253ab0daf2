package id.kinerja.domain.agreement;

import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.TargetBasis;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Year;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a unit's Perjanjian Kinerja: the one that holds for the year, every version, or one of them. */
public final class ReadPerformanceAgreements {
    private final PerformanceAgreements agreements;
    private final EvaluateAttainment evaluate;

    public ReadPerformanceAgreements(PerformanceAgreements agreements, EvaluateAttainment evaluate) {
        this.agreements = agreements;
        this.evaluate = evaluate;
    }

    /** The sheet of the agreement that holds for the year (or of the IKU's proposal while none is prepared). */
    public AgreementSheet sheet(OrganizationUnitId unit, Year year) {
        return sheet(unit, year, current(unit, year));
    }

    /** The sheet of one stored version. */
    public AgreementSheet sheet(PerformanceAgreementId id) {
        PerformanceAgreement agreement = get(id);
        return sheet(agreement.unitId(), agreement.year(), Optional.of(agreement));
    }

    private AgreementSheet sheet(OrganizationUnitId unit, Year year, Optional<PerformanceAgreement> stored) {
        UnitEvaluation iku = evaluate.ofUnit(unit, year, null, null, TargetBasis.IKU);
        Map<IndicatorId, AgreedTarget> agreed = new HashMap<>();
        stored.ifPresent(agreement -> agreement.targets().forEach(target -> agreed.put(target.indicatorId(), target)));
        List<AgreementSheet.Line> lines = new ArrayList<>();
        for (ObjectiveEvaluation objective : iku.objectives()) {
            for (IndicatorEvaluation indicator : objective.indicators()) {
                Optional<AgreedTarget> mine =
                        Optional.ofNullable(agreed.get(indicator.indicator().id()));
                if (stored.isEmpty() || mine.isPresent()) {
                    lines.add(new AgreementSheet.Line(
                            objective.objective(),
                            indicator.indicator(),
                            indicator.year().target(),
                            mine));
                }
            }
        }
        return new AgreementSheet(iku.unit(), year, iku.decree(), stored, lines);
    }

    /** The agreement that holds: the latest signed version, or the draft while none is signed yet. */
    public Optional<PerformanceAgreement> current(OrganizationUnitId unit, Year year) {
        return holding(agreements.versionsOf(unit, year));
    }

    /** Of a unit's versions for a year, the one that holds: the latest signed, else the latest draft. */
    static Optional<PerformanceAgreement> holding(List<PerformanceAgreement> versions) {
        return versions.stream()
                .filter(PerformanceAgreement::signed)
                .max(Comparator.comparingInt(PerformanceAgreement::number))
                .or(() -> versions.stream().max(Comparator.comparingInt(PerformanceAgreement::number)));
    }

    public List<PerformanceAgreement> versions(OrganizationUnitId unit, Year year) {
        return agreements.versionsOf(unit, year);
    }

    public PerformanceAgreement get(PerformanceAgreementId id) {
        return agreements.find(id).orElseThrow(() -> new NotFound("performance agreement", id.value()));
    }
}
