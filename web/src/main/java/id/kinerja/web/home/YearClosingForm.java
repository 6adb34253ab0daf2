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

/**
 * Closing a unit's year, or reopening it with a reason. A close is carried out only once confirmed on the page
 * that lists what is still unfinished in the year ({@code confirm=yes}); unconfirmed, it leads to that page.
 */
@Introspected
@Serdeable.Deserializable
public record YearClosingForm(
        @Nullable @NotBlank String unitId,
        @Nullable @NotBlank @Size(max = 10) String year,
        @Nullable @Size(max = 4000) String reason,
        @Nullable String action,
        @Nullable @Size(max = 10) String confirm) {

    OrganizationUnitId unit() {
        return new OrganizationUnitId(InvalidValue.requirePresent(id(unitId, "unitId"), "unitId"));
    }

    Year closedYear() {
        return Year.of(requiredInteger(year, "year"));
    }

    boolean reopens() {
        return "reopen".equals(action);
    }

    /** Sent from the page that listed what is unfinished and asked to confirm. */
    boolean confirmedAfterReading() {
        return "yes".equals(confirm);
    }

    String writtenReason() {
        return text(reason);
    }
}
