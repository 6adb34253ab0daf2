/** Skala penilaian: the rating scales with their bands, and the form that adds one. */
package id.kinerja.web.evaluation;
