/** The audit trail for auditors and administrators: every change and refusal, filtered and paged. */
package id.kinerja.web.audit;
