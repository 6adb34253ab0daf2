/**
 * The LKjIP as a unit writes and issues it: the narrative written per section and per indicator, and the
 * issued reports, each frozen under its number with its figures and its documents' bytes.
 */
package id.kinerja.domain.report;
