package id.kinerja.web.organization;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.lines;
import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.web.page.WrittenValues;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A unit as its form is filled in: where it sits (no parent for a root), its names and kind, its tasks and its
 * functions one per line (the functions are lettered a, b, c… in that order). {@code version} only when
 * revising.
 */
@Introspected
@Serdeable.Deserializable
public record UnitForm(
        @Nullable String parentId,
        @Nullable @NotBlank @Size(max = 500) String name,
        @Nullable @Size(max = 200) String shortName,
        @Nullable @NotBlank String type,
        @Nullable @Size(max = 40000) String tasks,
        @Nullable @Size(max = 40000) String functions,
        @Nullable @Size(max = 20) String version) {

    static UnitForm empty(String parentId) {
        return new UnitForm(parentId, null, null, null, null, null, null);
    }

    static UnitForm of(OrganizationUnit unit) {
        UnitProfile profile = unit.profile();
        return new UnitForm(
                unit.parentId().map(parent -> parent.value().toString()).orElse(null),
                profile.name(),
                profile.shortName(),
                profile.type().name(),
                String.join("\n", profile.tasks()),
                String.join("\n", profile.functions()),
                String.valueOf(unit.version()));
    }

    OrganizationUnitId parent() {
        UUID parent = id(parentId, "parentId");
        return parent == null ? null : new OrganizationUnitId(parent);
    }

    /** The profile, keeping the score rule the unit already has (the page does not offer it). */
    UnitProfile profile(OrganizationUnit before) {
        UnitType kind = InvalidValue.requirePresent(WrittenValues.choice(UnitType.class, type, null, "type"), "type");
        return new UnitProfile(
                text(name),
                text(shortName),
                kind,
                lines(tasks),
                lines(functions),
                before == null ? null : before.profile().scoreRule());
    }

    long readVersion() {
        return requiredInteger(version, "version");
    }
}
