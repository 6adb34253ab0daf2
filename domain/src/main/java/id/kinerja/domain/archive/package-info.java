/**
 * Arsip: the whole registry written to one portable archive and read back into an empty instance — the way
 * out of one Kinerja and into another, whatever database each runs on.
 */
package id.kinerja.domain.archive;
