package id.kinerja.web.user;

import static id.kinerja.web.page.WrittenValues.id;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.util.HashSet;
import java.util.Set;

/**
 * One unit added to or taken from an account's units: one unit at a time, so that the form needs no
 * multiple choice and works the same with a thousand units.
 */
@Introspected
@Serdeable.Deserializable
public record UnitAssignmentForm(
        @Nullable @NotBlank String unitId, @Nullable String action) {

    OrganizationUnitId unit() {
        return new OrganizationUnitId(InvalidValue.requirePresent(id(unitId, "unitId"), "unitId"));
    }

    /** The account's units after this change. */
    Set<OrganizationUnitId> applyTo(Set<OrganizationUnitId> before) {
        Set<OrganizationUnitId> after = new HashSet<>(before);
        if ("remove".equals(action)) {
            after.remove(unit());
        } else {
            after.add(unit());
        }
        return after;
    }
}
