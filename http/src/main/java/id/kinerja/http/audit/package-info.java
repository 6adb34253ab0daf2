/** The audit trail written at the HTTP edge: one filter records every change and every refusal. */
package id.kinerja.http.audit;
