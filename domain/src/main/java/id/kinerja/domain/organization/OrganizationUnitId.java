package id.kinerja.domain.organization;

import java.util.UUID;

/** Identifies an organization unit. */
public record OrganizationUnitId(UUID value) {
    public OrganizationUnitId {
        java.util.Objects.requireNonNull(value, "value");
    }

    public static OrganizationUnitId newId() {
        return new OrganizationUnitId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
