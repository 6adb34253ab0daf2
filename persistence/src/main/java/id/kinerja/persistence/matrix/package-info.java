/** The uploaded indicator matrices ({@code indicator_matrix}), kept with their file. */
package id.kinerja.persistence.matrix;
