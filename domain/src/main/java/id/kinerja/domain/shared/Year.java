package id.kinerja.domain.shared;

/** Tahun: a calendar year of planning or reporting. */
public record Year(int value) implements Comparable<Year> {
    public static final int EARLIEST = 1945;
    public static final int LATEST = 2200;

    public Year {
        if (value < EARLIEST || value > LATEST) {
            throw new InvalidValue(
                    "year.out-of-range",
                    "year",
                    "year " + value + " is not between " + EARLIEST + " and " + LATEST,
                    value,
                    EARLIEST,
                    LATEST);
        }
    }

    public static Year of(int value) {
        return new Year(value);
    }

    public boolean isAfter(Year other) {
        return value > other.value;
    }

    @Override
    public int compareTo(Year other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
