package id.kinerja.persistence.shared;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * An ordered list of texts that belongs to one parent row, such as a decree's considerations or a unit's
 * functions: replaced as a whole with one batch, read for many parents with one query.
 *
 * @param table the child table
 * @param parentColumn the column holding the parent's id
 * @param kindColumn the column telling lists of one parent apart, or null when a parent has one list
 * @param textColumn the column holding the text
 */
public record OrderedTexts(SqlStatements sql, String table, String parentColumn, String kindColumn, String textColumn) {

    private static final String NO_KIND = "";

    /** Replaces one list of a parent. */
    public void replace(UUID parent, String kind, List<String> texts) {
        sql.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE "
                    + parentColumn + " = ?" + (kindColumn == null ? "" : " AND " + kindColumn + " = ?"))) {
                delete.setObject(1, parent);
                if (kindColumn != null) {
                    delete.setString(2, kind);
                }
                delete.executeUpdate();
            }
            if (texts.isEmpty()) {
                return null;
            }
            String columns = parentColumn + (kindColumn == null ? "" : ", " + kindColumn) + ", ordinal, " + textColumn;
            String values = kindColumn == null ? "?, ?, ?" : "?, ?, ?, ?";
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + table + " (" + columns + ") VALUES (" + values + ")")) {
                for (int ordinal = 0; ordinal < texts.size(); ordinal++) {
                    int column = 1;
                    insert.setObject(column++, parent);
                    if (kindColumn != null) {
                        insert.setString(column++, kind);
                    }
                    insert.setInt(column++, ordinal);
                    insert.setString(column, texts.get(ordinal));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /** Replaces a parent's only list (a table without a kind column). */
    public void replace(UUID parent, List<String> texts) {
        replace(parent, NO_KIND, texts);
    }

    /** Every list of the given parents, by parent and kind, each in order. */
    public Map<UUID, Map<String, List<String>>> read(Collection<UUID> parents) {
        if (parents.isEmpty()) {
            return Map.of();
        }
        String kind = kindColumn == null ? "''" : "t." + kindColumn;
        String select = "SELECT t." + parentColumn + ", " + kind + ", t." + textColumn + " FROM " + WantedIds.TABLE
                + " JOIN " + table + " t ON t." + parentColumn + " = wanted.id ORDER BY t." + parentColumn + ", "
                + (kindColumn == null ? "" : kind + ", ") + "t.ordinal";
        return sql.query(select, statement -> {
            WantedIds.set(statement, 1, parents);
            Map<UUID, Map<String, List<String>>> byParent = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byParent.computeIfAbsent(rows.getObject(1, UUID.class), p -> new HashMap<>())
                            .computeIfAbsent(rows.getString(2), k -> new ArrayList<>())
                            .add(rows.getString(3));
                }
            }
            return byParent;
        });
    }

    /** One list of one parent out of what {@link #read} returned. */
    public static List<String> listOf(Map<UUID, Map<String, List<String>>> read, UUID parent, String kind) {
        return read.getOrDefault(parent, Map.of()).getOrDefault(kind, List.of());
    }

    /** A parent's only list out of what {@link #read} returned. */
    public static List<String> listOf(Map<UUID, Map<String, List<String>>> read, UUID parent) {
        return listOf(read, parent, NO_KIND);
    }
}
