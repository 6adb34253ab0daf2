package id.kinerja.api.shared;

import id.kinerja.domain.shared.IndonesianNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/**
 * A number in a request as the client sent it: a JSON number, taken exactly as written (87.50 keeps its two
 * decimals, 1.500 is one and a half), or a JSON string, read by the one Indonesian rule ("1.500" is one
 * thousand five hundred, "87,50" is 87,5; ADR 0015). Strings are read where the field is used, so that a
 * refusal is a problem naming the field rather than a failure of the JSON reader.
 *
 * @param number the JSON number, when one was sent
 * @param written the JSON string, when one was sent
 */
@Schema(
        description = "A JSON number, or a string written the Indonesian way: \"87,50\", \"1.500\", \"1.234.567,89\"",
        oneOf = {BigDecimal.class, String.class})
public record WrittenNumber(BigDecimal number, String written) {

    public static WrittenNumber of(BigDecimal number) {
        return new WrittenNumber(number, null);
    }

    public static WrittenNumber written(String text) {
        return new WrittenNumber(null, text);
    }

    /** The number: the JSON number as it is, a string read by the Indonesian rule; null when neither came. */
    public BigDecimal read(String field) {
        if (number != null) {
            return number;
        }
        return written == null ? null : IndonesianNumber.parse(written, field);
    }
}
