/**
 * Perjanjian Kinerja (PK): a unit's stored, signed and versioned performance agreement for a year — the IKU
 * targets as agreed with the superior, adjusted to the approved budget, and the programmes that fund them.
 */
package id.kinerja.domain.agreement;
