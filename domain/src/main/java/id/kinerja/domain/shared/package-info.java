/**
 * The shared kernel: value types every business concept uses (years, Indonesian numbers and dates), the
 * errors the domain raises, paging, and the transaction port.
 */
package id.kinerja.domain.shared;
