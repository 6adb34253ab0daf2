package id.kinerja.persistence.survey;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format: a signature, then per row its field count and each field as its
 * length and bytes (length -1 for NULL), then -1. Only the types {@code survey_response} needs.
 */
final class BinaryRows {
    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    /** PostgreSQL counts dates in days from 2000-01-01. */
    private static final long POSTGRES_EPOCH_DAY = LocalDate.of(2000, 1, 1).toEpochDay();

    private byte[] bytes;
    private int length;

    BinaryRows(int expected) {
        bytes = new byte[Math.max(64, expected)];
        header();
    }

    private void header() {
        System.arraycopy(SIGNATURE, 0, bytes, 0, SIGNATURE.length);
        length = SIGNATURE.length;
        int32(0); // flags
        int32(0); // header extension length
    }

    /**
     * The rows encoded since the last {@link #clear} (the first time, after the header), up to {@link #length}:
     * a stream kept open while the file is read sends them batch by batch, then its {@link #trailer}.
     */
    byte[] buffer() {
        return bytes;
    }

    int length() {
        return length;
    }

    void clear() {
        length = 0;
    }

    /** The end of a stream: a field count of -1. */
    static byte[] trailer() {
        return new byte[] {(byte) 0xFF, (byte) 0xFF};
    }

    void row(int fields) {
        int16(fields);
    }

    void uuid(UUID value) {
        if (value == null) {
            int32(-1);
            return;
        }
        int32(16);
        int64(value.getMostSignificantBits());
        int64(value.getLeastSignificantBits());
    }

    void text(String value) {
        if (value == null) {
            int32(-1);
            return;
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int32(utf8.length);
        room(utf8.length);
        System.arraycopy(utf8, 0, bytes, length, utf8.length);
        length += utf8.length;
    }

    void date(LocalDate value) {
        if (value == null) {
            int32(-1);
            return;
        }
        int32(4);
        int32(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    /** A SMALLINT; 0 (no answer, no age) is written as NULL. */
    void smallint(int value) {
        if (value == 0) {
            int32(-1);
            return;
        }
        int32(2);
        int16(value);
    }

    byte[] end() {
        int16(-1);
        return Arrays.copyOf(bytes, length);
    }

    private void int16(int value) {
        room(2);
        bytes[length++] = (byte) (value >>> 8);
        bytes[length++] = (byte) value;
    }

    private void int32(int value) {
        room(4);
        for (int shift = 24; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
    }

    private void int64(long value) {
        room(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[length++] = (byte) (value >>> shift);
        }
    }

    private void room(int more) {
        if (length + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
        }
    }
}
