/**
 * What an operator reads of a running node: Prometheus metrics at {@code /metrics} for administrators and the
 * scraper's configured addresses (ADR 0028), beside the liveness and readiness probes of {@code /health}.
 */
package id.kinerja.web.operations;
