/**
 * Realizations in bulk (issue 14): a unit's values of a period filled in one spreadsheet that Kinerja offers as a
 * template, previewed row by row with every doubt and refusal, then committed all or nothing as draft
 * realizations whose source is the import and whose evidence is the file.
 */
package id.kinerja.domain.realizationimport;
