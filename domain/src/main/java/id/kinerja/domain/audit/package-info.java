/** Jejak audit: the append-only record of every change and every refused attempt. */
package id.kinerja.domain.audit;
