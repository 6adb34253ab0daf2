/** The realization sheet Kinerja offers a unit for a year and period (issue 14), as an XLSX workbook. */
package id.kinerja.documents.realizationimport;
