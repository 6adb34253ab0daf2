/** {@code /api/v1/indicator-matrices}: a unit's matriks IKU uploaded, previewed, and committed into a draft decree. */
package id.kinerja.api.matrix;
