/** Rows and the JDBC adapter for decrees and their clauses. */
package id.kinerja.persistence.decree;
