/** Rekapitulasi: the page of every unit's year side by side, and its spreadsheet. */
package id.kinerja.web.recap;
