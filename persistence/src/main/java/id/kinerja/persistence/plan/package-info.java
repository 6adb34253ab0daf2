/** Rows and the JDBC adapter for plan periods. */
package id.kinerja.persistence.plan;
