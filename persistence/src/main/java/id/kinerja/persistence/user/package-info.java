/** Rows and the JDBC adapter for user accounts and their roles. */
package id.kinerja.persistence.user;
