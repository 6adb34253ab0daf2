/**
 * The year's performance documents drawn from the attainment engine: the Perjanjian Kinerja (the year's IKU
 * targets of the decree in force, with the two parties) and the LKjIP in the structure of PermenPANRB
 * 53/2014. Every figure comes from a {@code UnitEvaluation}; a state (not filled, not applicable, not
 * computable) is printed as words, never as 0.
 */
package id.kinerja.documents.report;
