package id.kinerja.api.shared;

import id.kinerja.domain.shared.Warning;
import id.kinerja.http.problem.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** Something stored as asked but worth a second look, with its code, field and words in both languages. */
@Serdeable
public record WarningResponse(String code, @Nullable String field, Messages.Bilingual messages) {
    public static List<WarningResponse> of(List<Warning> warnings, Messages texts) {
        return warnings.stream()
                .map(warning -> new WarningResponse(
                        warning.code(), warning.field(), texts.render(warning.code(), warning.arguments())))
                .toList();
    }
}
