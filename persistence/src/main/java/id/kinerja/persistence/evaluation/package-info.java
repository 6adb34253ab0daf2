/** Realizations, evidence, closed years and rating scales in SQL. */
package id.kinerja.persistence.evaluation;
