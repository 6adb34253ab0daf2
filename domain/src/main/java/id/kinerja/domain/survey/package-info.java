/**
 * SKM: community satisfaction surveys of an indicator — planning them, importing their responses, and the
 * versioned results. The index arithmetic itself lives in {@code satisfaction}.
 */
package id.kinerja.domain.survey;
