/** The budget realization sheet of a PK (realisasi anggaran): the XLSX Kinerja offers to fill and reads back. */
package id.kinerja.documents.budget;
