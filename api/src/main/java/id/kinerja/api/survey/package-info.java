/**
 * {@code /api/v1/surveys}: satisfaction surveys, response files (CSV and XLSX, read as streams) and the
 * IKM they produce.
 */
package id.kinerja.api.survey;
