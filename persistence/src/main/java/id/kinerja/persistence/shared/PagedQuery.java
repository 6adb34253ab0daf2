package id.kinerja.persistence.shared;

import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written read a page at a time with its total: two statements, the page ({@code LIMIT}/{@code OFFSET}
 * appended to the ordered select) and the count of the same rows.
 */
public final class PagedQuery {
    private PagedQuery() {}

    /** Reads one row of the result into what the page holds. */
    @FunctionalInterface
    public interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * @param select the ordered select, without limit or offset
     * @param count the count of the rows the select reads, with the same parameters
     */
    public static <T> Page<T> read(
            SqlStatements sql,
            String select,
            String count,
            List<Object> parameters,
            PageRequest page,
            RowReader<T> reader) {
        List<T> items = sql.query(select + " LIMIT ? OFFSET ?", statement -> {
            int index = bind(statement, parameters);
            statement.setInt(index++, page.size());
            statement.setLong(index, page.offset());
            List<T> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(reader.read(row));
                }
            }
            return found;
        });
        long total = sql.query(count, statement -> {
            bind(statement, parameters);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        return new Page<>(items, page, total);
    }

    private static int bind(java.sql.PreparedStatement statement, List<Object> parameters) throws SQLException {
        int index = 1;
        for (Object parameter : parameters) {
            statement.setObject(index++, parameter);
        }
        return index;
    }

    /** A text for {@code LIKE … ESCAPE '\'}: its own wildcards taken literally, found anywhere, any case. */
    public static String containing(String text) {
        return "%"
                + text.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
    }
}
