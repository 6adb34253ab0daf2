/**
 * The registry archive in SQL: every table read from the database's own catalog and copied row by row, so
 * that a column or a table added by a later migration travels without a change here.
 */
package id.kinerja.persistence.archive;
