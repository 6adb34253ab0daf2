package id.kinerja.domain.agreement;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.shared.Year;
import java.util.List;
import java.util.Optional;

/**
 * What a PK shows, for the page, the API and the documents alike: the unit, the decree in force, the stored
 * version (absent while none is prepared: then the lines are the IKU's, as a proposal), and per indicator the
 * IKU target beside the agreed one.
 */
public record AgreementSheet(
        OrganizationUnit unit,
        Year year,
        Optional<Decree> decree,
        Optional<PerformanceAgreement> agreement,
        List<Line> lines) {
    public AgreementSheet {
        lines = List.copyOf(lines);
    }

    /** One indicator of the agreement under its objective. */
    public record Line(
            Objective objective, Indicator indicator, Optional<Target> ikuTarget, Optional<AgreedTarget> agreed) {
        /** The target the PK promises: the agreed one, or the IKU's in a proposal. */
        public Optional<Target> target() {
            return agreed.map(AgreedTarget::target).or(() -> ikuTarget);
        }
    }
}
