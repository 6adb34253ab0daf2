/** The audit trail in SQL: inserts and reads only. */
package id.kinerja.persistence.audit;
