package id.kinerja.web.matrix;

import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.matrix.CommitIndicatorMatrix;
import id.kinerja.domain.matrix.IndicatorMatrixId;
import id.kinerja.domain.organization.UnitActor;
import id.kinerja.domain.shared.InvalidValue;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Committing a previewed matrix: the draft decree's number and a direction per row to confirm, each sent as
 * "row:POLARITY". The page always sends two blank {@code arah} fields as well, so that the field is a list
 * whether one row or none has a direction to confirm.
 */
@Introspected
@Serdeable.Deserializable
public record MatrixCommitForm(
        @Nullable @NotBlank @Size(max = 100) String number,
        @Nullable List<String> arah) {

    CommitIndicatorMatrix.Command command(UnitActor by, IndicatorMatrixId matrix) {
        Map<Long, Polarity> directions = new HashMap<>();
        for (String choice : arah == null ? List.<String>of() : arah) {
            if (choice == null || choice.isBlank()) {
                continue;
            }
            String[] parts = choice.split(":", 2);
            try {
                directions.put(Long.parseLong(parts[0]), Polarity.valueOf(parts[1]));
            } catch (RuntimeException unreadable) {
                throw new InvalidValue("matrix.direction-row-unknown", "arah", "no row " + choice, choice);
            }
        }
        return new CommitIndicatorMatrix.Command(by, matrix, number, null, null, null, null, directions);
    }
}
