/**
 * SKM and IKM: community satisfaction surveys and the satisfaction index under PermenPANRB 14/2017 and the
 * methodologies before it.
 */
package id.kinerja.domain.survey;
