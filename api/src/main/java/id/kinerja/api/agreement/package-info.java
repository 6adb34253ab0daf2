/** The Perjanjian Kinerja over HTTP: prepared, adjusted, signed, revised and read in JSON, PDF, DOCX or XLSX. */
package id.kinerja.api.agreement;
