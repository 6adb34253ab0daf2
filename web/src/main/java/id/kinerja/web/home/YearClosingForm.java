package id.kinerja.web.home;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Year;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Closing a unit's year, or reopening it with a reason. */
@Introspected
@Serdeable.Deserializable
public record YearClosingForm(
        @Nullable @NotBlank String unitId,
        @Nullable @NotBlank @Size(max = 10) String year,
        @Nullable @Size(max = 4000) String reason,
        @Nullable String action) {

    OrganizationUnitId unit() {
        return new OrganizationUnitId(InvalidValue.requirePresent(id(unitId, "unitId"), "unitId"));
    }

    Year closedYear() {
        return Year.of(requiredInteger(year, "year"));
    }

    boolean reopens() {
        return "reopen".equals(action);
    }

    String writtenReason() {
        return text(reason);
    }
}
