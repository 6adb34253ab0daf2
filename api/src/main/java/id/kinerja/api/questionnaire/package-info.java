/** The online questionnaire over JSON: a survey's questionnaire links, its collection and closing it. */
package id.kinerja.api.questionnaire;
