/** The printed poster of an SKM questionnaire: where a counter's visitors find the survey, with its QR code. */
package id.kinerja.documents.poster;
