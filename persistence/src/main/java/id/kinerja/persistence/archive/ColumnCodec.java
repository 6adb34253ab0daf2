package id.kinerja.persistence.archive;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Locale;

/**
 * One column value between JDBC and a JSON line, the same on H2 and PostgreSQL: decimals as text with the
 * scale they were stored with, instants in UTC, files as Base64, identifiers as text. Reading goes by the
 * target's own column type, so an archive written on one database is read by the other.
 */
final class ColumnCodec {
    private ColumnCodec() {}

    enum Kind {
        UUID,
        BOOLEAN,
        INTEGER,
        DECIMAL,
        TEXT,
        DATE,
        INSTANT,
        LOCAL_TIMESTAMP,
        BYTES,
        OTHER;

        static Kind of(int sqlType, String typeName) {
            String name = typeName == null ? "" : typeName.toLowerCase(Locale.ROOT);
            if (name.equals("uuid")) {
                return UUID;
            }
            return switch (sqlType) {
                case Types.BOOLEAN, Types.BIT -> BOOLEAN;
                case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
                case Types.NUMERIC, Types.DECIMAL, Types.REAL, Types.FLOAT, Types.DOUBLE -> DECIMAL;
                case Types.CHAR,
                        Types.VARCHAR,
                        Types.LONGVARCHAR,
                        Types.NCHAR,
                        Types.NVARCHAR,
                        Types.LONGNVARCHAR,
                        Types.CLOB,
                        Types.NCLOB -> TEXT;
                case Types.DATE -> DATE;
                case Types.TIMESTAMP_WITH_TIMEZONE -> INSTANT;
                case Types.TIMESTAMP -> name.contains("tz") || name.contains("time zone") ? INSTANT : LOCAL_TIMESTAMP;
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB -> BYTES;
                default -> OTHER;
            };
        }
    }

    /** The value as it goes into the archive: a String, Long, Boolean, or null. */
    static Object read(ResultSet row, int index, Kind kind) throws SQLException {
        Object value = switch (kind) {
            case UUID -> row.getObject(index, java.util.UUID.class);
            case BOOLEAN -> row.getBoolean(index);
            case INTEGER -> row.getLong(index);
            case DECIMAL -> {
                BigDecimal decimal = row.getBigDecimal(index);
                yield decimal == null ? null : decimal.toPlainString();
            }
            case DATE -> row.getObject(index, LocalDate.class);
            case INSTANT -> {
                OffsetDateTime at = row.getObject(index, OffsetDateTime.class);
                yield at == null ? null : at.toInstant();
            }
            case LOCAL_TIMESTAMP -> row.getObject(index, LocalDateTime.class);
            case BYTES -> {
                byte[] bytes = row.getBytes(index);
                yield bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
            }
            case TEXT, OTHER -> row.getString(index);
        };
        if (row.wasNull() || value == null) {
            return null;
        }
        return value instanceof Long || value instanceof Boolean ? value : value.toString();
    }

    static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Long number) {
            json.writeNumber(number);
        } else if (value instanceof Boolean truth) {
            json.writeBoolean(truth);
        } else {
            json.writeString(value.toString());
        }
    }

    /** The archived value of a column as text, for comparing keys; null stays null. */
    static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    static void bind(PreparedStatement statement, int index, Catalog.Column column, JsonNode value)
            throws SQLException {
        if (value == null || value.isNull()) {
            statement.setNull(index, column.kind() == Kind.UUID ? Types.OTHER : column.sqlType());
            return;
        }
        String text = value.asText();
        switch (column.kind()) {
            case UUID -> statement.setObject(index, java.util.UUID.fromString(text));
            case BOOLEAN -> statement.setBoolean(index, value.asBoolean());
            case INTEGER -> {
                long number = value.isIntegralNumber() ? value.asLong() : Long.parseLong(text);
                switch (column.sqlType()) {
                    case Types.SMALLINT, Types.TINYINT -> {
                        if (number < Short.MIN_VALUE || number > Short.MAX_VALUE) {
                            throw new NumberFormatException("out of range: " + number);
                        }
                        statement.setShort(index, (short) number);
                    }
                    case Types.INTEGER -> statement.setInt(index, Math.toIntExact(number));
                    default -> statement.setLong(index, number);
                }
            }
            case DECIMAL -> statement.setBigDecimal(index, new BigDecimal(text));
            case DATE -> statement.setObject(index, LocalDate.parse(text));
            case INSTANT -> statement.setObject(index, OffsetDateTime.parse(text));
            case LOCAL_TIMESTAMP -> statement.setObject(index, LocalDateTime.parse(text));
            case BYTES -> statement.setBytes(index, Base64.getDecoder().decode(text));
            case TEXT -> statement.setString(index, text);
            case OTHER -> statement.setObject(index, text, Types.OTHER);
        }
    }
}
