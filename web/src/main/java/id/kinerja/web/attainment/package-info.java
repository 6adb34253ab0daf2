/**
 * Capaian unit: a unit's attainment for a year, objective by objective and indicator by indicator, with the
 * roll-up, the comparisons the LKjIP asks for, and links down to each realization and its source.
 */
package id.kinerja.web.attainment;
