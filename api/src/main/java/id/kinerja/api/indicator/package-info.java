/**
 * {@code /api/v1/indicators}, a decree's objectives and its annex: the IKU with their definitions and
 * yearly targets.
 */
package id.kinerja.api.indicator;
