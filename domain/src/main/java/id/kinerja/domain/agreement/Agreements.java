package id.kinerja.domain.agreement;

import id.kinerja.domain.organization.UnitStewards;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.user.Actor;
import id.kinerja.domain.user.Role;

/** The checks every change of a PK makes: a planner of the unit acts (ADR 0020), on the version they read. */
final class Agreements {
    private Agreements() {}

    static void requirePlanner(Actor actor) {
        if (!actor.holds(Role.PLANNER)) {
            throw new NotPermitted("agreement.planner", "only a planner prepares, changes or signs a PK");
        }
    }

    static PerformanceAgreement current(
            PerformanceAgreements agreements,
            UnitStewards stewards,
            Actor by,
            PerformanceAgreementId id,
            long expectedVersion) {
        PerformanceAgreement stored =
                agreements.find(id).orElseThrow(() -> new NotFound("performance agreement", id.value()));
        stewards.requirePlans(by, stored.unitId());
        StaleVersion.check("performance agreement", id.value(), expectedVersion, stored.version());
        return stored;
    }

    /** The value, or its refusal with the field named under the line's ({@code lines[2].realized}). */
    static <T> T at(String prefix, java.util.function.Supplier<T> value) {
        try {
            return value.get();
        } catch (id.kinerja.domain.shared.InvalidValue refused) {
            throw new id.kinerja.domain.shared.InvalidValue(
                    refused.code(),
                    refused.field().map(name -> prefix + "." + name).orElse(prefix),
                    refused.getMessage(),
                    refused.arguments().toArray());
        }
    }
}
