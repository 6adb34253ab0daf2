package id.kinerja.domain.shared;

import java.util.List;

/**
 * Something stored as asked but worth a second look, such as a target category that contradicts the grade
 * table. Adapters render it in the user's language from its code, like a {@link DomainException}.
 */
public record Warning(String code, String field, String englishMessage, List<Object> arguments) {
    public Warning {
        arguments = List.copyOf(arguments);
    }
}
