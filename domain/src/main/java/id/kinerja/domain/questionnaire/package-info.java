/**
 * Kuesioner SKM daring: the public questionnaire of a survey's service, its links (short codes), the answers
 * people give at the counter as they come in, and the closing of the collection that turns them into a result
 * version through the same import as an uploaded file.
 */
package id.kinerja.domain.questionnaire;
