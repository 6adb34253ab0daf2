package id.kinerja.persistence.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.UUID;

/**
 * Many ids in one statement: one array parameter, read as a table and joined, so that each id is one index lookup
 * on H2 and on PostgreSQL alike. H2 tests a row against {@code = ANY (?)} or {@code IN (?, ?, …)} by comparing
 * it with every id of the list, so such a read grows with the square of the registry: the recap of 500 units
 * took 1.8 s on H2 and 0.23 s on PostgreSQL (docs/benchmarks.md, growth). An array also stays one parameter
 * where PostgreSQL refuses a statement of more than 32,767.
 *
 * <pre>SELECT t.… FROM {@value #TABLE} JOIN indicator_target t ON t.indicator_id = wanted.id</pre>
 */
public final class WantedIds {
    /** The ids as a table {@code wanted} of one column {@code id}; its one parameter is set by {@link #set}. */
    public static final String TABLE = "UNNEST(CAST(? AS UUID ARRAY)) AS wanted(id)";

    private WantedIds() {}

    /** Sets the table's parameter; an id named twice is joined once. */
    public static void set(PreparedStatement statement, int index, Collection<UUID> ids) throws SQLException {
        statement.setArray(
                index,
                statement
                        .getConnection()
                        .createArrayOf("uuid", ids.stream().distinct().toArray()));
    }
}
