/**
 * Realizations in bulk, for evaluators: download a unit's sheet for a period, upload it filled in, read its
 * preview with every doubt and refusal, and commit it into draft realizations.
 */
package id.kinerja.web.realizationimport;
