/**
 * The satisfaction index (IKM) as the regulations define it, apart from any survey: the methodologies
 * (KepMenPAN 25/2004, PermenPANRB 16/2014 and 14/2017) with their service elements and grade tables, the
 * weight variants, the calculation from tallied answers (NRR per element, index × 25, rounded once), the
 * rules combining several services, and the minimum sample size. Pure arithmetic on tallies: it knows no
 * survey, no indicator and no file, so that {@code survey} (which collects answers) and {@code indicator}
 * and {@code evaluation} (which grade targets by it) can all depend on it without depending on each other.
 */
package id.kinerja.domain.satisfaction;
