/**
 * {@code /api/v1/realization-imports}: a unit's realization sheet for a year and period offered as a template,
 * uploaded and previewed, and committed into draft realizations.
 */
package id.kinerja.api.realizationimport;
