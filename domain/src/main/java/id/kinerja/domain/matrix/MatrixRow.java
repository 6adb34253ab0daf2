package id.kinerja.domain.matrix;

import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.shared.Year;
import java.util.List;

/**
 * One indicator of a matrix as the import understood it: its objective, its definition, its targets, the years
 * written as not applicable ("N/A"), how its direction was found, and the doubts raised on its cells.
 *
 * @param line the row in the file
 * @param definition what will be defined; null when the row was refused
 */
public record MatrixRow(
        long line,
        String objectiveCode,
        String objectiveStatement,
        IndicatorDefinition definition,
        List<Target> targets,
        List<Year> notApplicable,
        DirectionSource direction,
        List<MatrixNote> notes) {

    public MatrixRow {
        targets = List.copyOf(targets);
        notApplicable = List.copyOf(notApplicable);
        notes = List.copyOf(notes);
    }

    /** Where the direction (polaritas) of an indicator came from. */
    public enum DirectionSource {
        /** Written in the direction column. */
        STATED,
        /** Follows from the kind: a satisfaction index is higher-is-better, words are qualitative. */
        FROM_KIND,
        /** Proposed from words in the indicator's name ("waktu rata-rata", "jumlah keluhan"). */
        FROM_NAME,
        /** Proposed because the targets are ranges. */
        FROM_TARGETS,
        /** Nothing said it: higher is better is assumed. */
        ASSUMED,
        /** Confirmed or changed by the planner when committing. */
        CONFIRMED
    }

    /** Whether the planner should confirm the direction before committing. */
    public boolean directionToConfirm() {
        return direction == DirectionSource.FROM_NAME
                || direction == DirectionSource.FROM_TARGETS
                || direction == DirectionSource.ASSUMED;
    }

    /** The same row with the direction the planner chose. */
    MatrixRow withPolarity(Polarity polarity) {
        IndicatorDefinition d = definition;
        IndicatorDefinition chosen = new IndicatorDefinition(
                d.code(),
                d.name(),
                d.definition(),
                d.formula(),
                d.unitOfMeasure(),
                d.kind(),
                polarity,
                null,
                d.dataSource(),
                d.responsibleUnitId(),
                d.frequency(),
                d.rollup(),
                d.baseline(),
                d.surveyedServices(),
                d.serviceCombination(),
                d.validRange());
        return new MatrixRow(
                line,
                objectiveCode,
                objectiveStatement,
                chosen,
                targets,
                notApplicable,
                DirectionSource.CONFIRMED,
                notes);
    }
}
