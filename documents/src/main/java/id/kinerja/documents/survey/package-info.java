/** Survey response files — CSV (Commons CSV) and XLSX (Apache POI's streaming reader) — pushed row by row. */
package id.kinerja.documents.survey;
