/** The JDBC adapters of the online questionnaire: its links, the answers as they come in, the closings. */
package id.kinerja.persistence.questionnaire;
