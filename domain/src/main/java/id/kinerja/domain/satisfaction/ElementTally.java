package id.kinerja.domain.satisfaction;

/** The answers given to one element: their sum and how many respondents answered (blanks excluded). */
public record ElementTally(long sum, long answered) {
    public static final ElementTally NONE = new ElementTally(0, 0);

    public ElementTally {
        if (answered < 0 || sum < answered || sum > 4 * answered) {
            throw new IllegalArgumentException("impossible tally: sum " + sum + " of " + answered + " answers");
        }
    }

    public ElementTally plus(ElementTally other) {
        return new ElementTally(sum + other.sum, answered + other.answered);
    }
}
