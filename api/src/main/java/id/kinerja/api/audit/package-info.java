/** The audit trail: recorded for every change and refusal by a filter, read by auditors. */
package id.kinerja.api.audit;
