/** Rows and the JDBC adapter for organization units and their duties. */
package id.kinerja.persistence.organization;
