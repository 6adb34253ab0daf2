package id.kinerja.domain.realizationimport;

import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.matrix.MatrixNote;
import java.math.BigDecimal;
import java.util.List;

/**
 * One row of a realization sheet as the import understood it: the indicator it names, the value as written and
 * as read, what the commit will do with it, and the doubts it raised.
 *
 * @param line the row's number as the spreadsheet counts it
 * @param indicatorId the unit's indicator the row names; null when it names none of them
 * @param amount the number read, for a numeric indicator
 * @param words the words read, for a qualitative indicator
 * @param existing the draft or returned realization a {@link Action#REVISE} replaces the value of
 */
public record ImportRow(
        long line,
        IndicatorId indicatorId,
        String indicatorName,
        String written,
        BigDecimal amount,
        String words,
        String note,
        Action action,
        RealizationId existing,
        List<MatrixNote> doubts) {

    /** What the commit does with the row. */
    public enum Action {
        /** A new draft realization. */
        RECORD,
        /** The value of the period's draft or returned realization is replaced. */
        REVISE,
        /** Nothing: no value, "N/A", a submitted or verified realization, or an indicator not of the unit. */
        SKIP
    }

    public ImportRow {
        doubts = List.copyOf(doubts);
    }

    public boolean writes() {
        return action != Action.SKIP;
    }
}
