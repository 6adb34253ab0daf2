package id.kinerja.domain.matrix;

import java.util.List;

/**
 * A doubt the import raises about one cell (a direction guessed, a unit split from its number, a decimal mark
 * that could be read two ways, a target not applicable), for the planner to check before committing.
 *
 * @param column the column's header as written
 */
public record MatrixNote(String column, String code, List<Object> arguments, String englishMessage) {
    public MatrixNote {
        arguments = List.copyOf(arguments);
    }
}
