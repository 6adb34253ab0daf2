package id.kinerja.domain.questionnaire;

import id.kinerja.domain.survey.SurveyId;

/** Tautan kuesioner: the questionnaire of one service of a survey, reached by its code. */
public record QuestionnaireLink(QuestionnaireCode code, SurveyId survey, String service) {}
