/** Renstra, RPD, RPJMD: the multi-year plan windows in which a unit's objectives and targets live. */
package id.kinerja.domain.plan;
