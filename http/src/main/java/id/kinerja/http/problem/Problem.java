package id.kinerja.http.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * RFC 9457 problem details, with Kinerja's extensions: the stable {@code code}, the {@code field} at fault,
 * the message in both languages, every error when there are several, and a correlation id for server errors.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String code,
        @Nullable String field,
        Messages.Bilingual messages,
        @Nullable List<FieldError> errors,
        @Nullable String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "urn:kinerja:problem:";

    /**
     * One error among several, such as each invalid field of a request, or each bad cell of a file (then
     * with its {@code row}, the header being row 1, and the column's header as {@code field}).
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record FieldError(
            @Nullable String field, @Nullable Long row, String code, Messages.Bilingual messages) {}
}
