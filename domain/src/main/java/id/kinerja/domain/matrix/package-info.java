/**
 * Matriks IKU: a unit's indicator matrix as offices keep it in a spreadsheet, read the way a person reads it
 * (several header rows, merged objectives, units written beside the numbers, both decimal marks, "N/A"),
 * shown first as a preview with every doubt and refusal, then committed into a draft decree.
 */
package id.kinerja.domain.matrix;
