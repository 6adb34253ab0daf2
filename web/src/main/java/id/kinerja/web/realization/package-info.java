/**
 * A realization and its review — edit, evidence, submit, verify or return with a reason — and closing a unit's
 * year, after which nothing of it changes without reopening.
 */
package id.kinerja.web.realization;
