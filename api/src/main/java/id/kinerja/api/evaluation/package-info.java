/** Realizations, their review and evidence, closed years, and attainment evaluations over HTTP. */
package id.kinerja.api.evaluation;
