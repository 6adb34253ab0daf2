/** Matriks IKU pages: upload a unit's matrix, read its preview with every doubt, confirm directions, commit. */
package id.kinerja.web.matrix;
