package id.kinerja.persistence.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Inserts the archived rows of one table in batches. A table that refers to itself (a unit's parent, a
 * decree superseded by another) gets each row only once the row it names is in; a row waits until then.
 * Rows that name each other (a decree and the one superseding it) are put in with the reference pointing at
 * the row itself — which satisfies the foreign key and the checks — and set right once all are in.
 */
final class TableCopy implements AutoCloseable {
    private static final int BATCH = 500;

    private final Catalog.Table table;
    private final PreparedStatement insert;
    private final Connection connection;
    private final Set<String> present = new HashSet<>();
    private final Map<String, List<JsonNode>> waiting = new HashMap<>();
    private final List<JsonNode> deferredReferences = new ArrayList<>();
    private int batched;
    private long rows;

    TableCopy(Connection connection, Catalog.Table table) throws SQLException {
        this.connection = connection;
        this.table = table;
        String columns =
                table.columns().stream().map(c -> Catalog.quote(c.name())).collect(Collectors.joining(", "));
        String values = table.columns().stream().map(c -> "?").collect(Collectors.joining(", "));
        boolean overriding = table.identity().map(Catalog.Identity::always).orElse(false);
        this.insert = connection.prepareStatement("INSERT INTO " + Catalog.quote(table.name()) + " (" + columns + ")"
                + (overriding ? " OVERRIDING SYSTEM VALUE" : "") + " VALUES (" + values + ")");
    }

    void add(JsonNode row) throws SQLException {
        rows++;
        if (!table.orderedWhileCopying()) {
            bind(row);
            insert.addBatch();
            if (++batched == BATCH) {
                insert.executeBatch();
                batched = 0;
            }
            return;
        }
        String missing = missingReference(row);
        if (missing == null) {
            insertNow(row);
        } else {
            waiting.computeIfAbsent(missing, key -> new ArrayList<>()).add(row);
        }
    }

    /** Writes what is left and returns how many rows the archive held for this table. */
    long finish() throws SQLException {
        if (batched > 0) {
            insert.executeBatch();
        }
        while (!waiting.isEmpty()) {
            List<JsonNode> group = waiting.values().iterator().next();
            JsonNode row = group.remove(0);
            if (group.isEmpty()) {
                waiting.values().removeIf(List::isEmpty);
            }
            insertPointingAtItself(row);
        }
        setDeferredReferences();
        return rows;
    }

    private String missingReference(JsonNode row) {
        String own = key(row);
        for (String column : table.selfReferences().keySet()) {
            String named = ColumnCodec.text(row.get(column));
            if (named != null && !named.equals(own) && !present.contains(named)) {
                return named;
            }
        }
        return null;
    }

    private void insertNow(JsonNode row) throws SQLException {
        Deque<JsonNode> ready = new ArrayDeque<>();
        ready.add(row);
        while (!ready.isEmpty()) {
            JsonNode next = ready.poll();
            bind(next);
            insert.executeUpdate();
            String key = key(next);
            present.add(key);
            List<JsonNode> released = waiting.remove(key);
            if (released != null) {
                for (JsonNode candidate : released) {
                    String missing = missingReference(candidate);
                    if (missing == null) {
                        ready.add(candidate);
                    } else {
                        waiting.computeIfAbsent(missing, k -> new ArrayList<>()).add(candidate);
                    }
                }
            }
        }
    }

    private void insertPointingAtItself(JsonNode row) throws SQLException {
        ObjectNode placeholder = row.deepCopy();
        String own = key(row);
        for (String column : table.selfReferences().keySet()) {
            String named = ColumnCodec.text(row.get(column));
            if (named != null && !present.contains(named)) {
                placeholder.put(column, own);
            }
        }
        deferredReferences.add(row);
        insertNow(placeholder);
    }

    private void setDeferredReferences() throws SQLException {
        if (deferredReferences.isEmpty()) {
            return;
        }
        String keyColumn = table.primaryKey().get(0);
        for (String column : table.selfReferences().keySet()) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + Catalog.quote(table.name())
                    + " SET " + Catalog.quote(column) + " = ? WHERE " + Catalog.quote(keyColumn) + " = ?")) {
                for (JsonNode row : deferredReferences) {
                    ColumnCodec.bind(update, 1, table.column(column).orElseThrow(), row.get(column));
                    ColumnCodec.bind(update, 2, table.column(keyColumn).orElseThrow(), row.get(keyColumn));
                    update.executeUpdate();
                }
            }
        }
    }

    private String key(JsonNode row) {
        return ColumnCodec.text(row.get(table.primaryKey().get(0)));
    }

    private void bind(JsonNode row) throws SQLException {
        for (int i = 0; i < table.columns().size(); i++) {
            Catalog.Column column = table.columns().get(i);
            ColumnCodec.bind(insert, i + 1, column, row.get(column.name()));
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
