/**
 * Capaian: attainment of a realization against its target by the indicator's polarity and rule, the
 * states that are not numbers (not filled, not applicable, not computable), and rating scales.
 */
package id.kinerja.domain.evaluation;
