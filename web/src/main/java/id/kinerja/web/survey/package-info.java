/**
 * A community satisfaction survey (SKM) on pages: opening one for an indicator, uploading its responses as
 * CSV or XLSX (a refused file listed by row, column and reason), its IKM per service and element with the
 * respondent profile, and making its IKM the indicator's realization.
 */
package id.kinerja.web.survey;
