/** Rows and the JDBC adapters for surveys, their responses (one column per element) and result versions. */
package id.kinerja.persistence.survey;
