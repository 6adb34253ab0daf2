/** Matriks IKU files as offices keep them: XLSX (merged cells read as their first cell) and CSV. */
package id.kinerja.documents.matrix;
