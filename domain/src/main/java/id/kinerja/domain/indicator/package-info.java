/**
 * Sasaran and IKU: a unit's strategic objectives and the key performance indicators that measure them,
 * each with its definition, formula, polarity and yearly targets, as a decree's annex establishes them.
 */
package id.kinerja.domain.indicator;
