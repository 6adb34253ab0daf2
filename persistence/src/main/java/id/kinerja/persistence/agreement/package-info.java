/** The Perjanjian Kinerja's versions, agreed targets and programmes in SQL. */
package id.kinerja.persistence.agreement;
