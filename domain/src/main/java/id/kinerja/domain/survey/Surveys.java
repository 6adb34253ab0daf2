package id.kinerja.domain.survey;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import java.util.List;
import java.util.Optional;

/** The stored surveys. */
public interface Surveys {
    Optional<Survey> find(SurveyId id);

    /**
     * Stores the survey; each service it declares has its questionnaire link (public code) from then on, made in
     * the same transaction if it had none.
     */
    Survey save(Survey survey);

    Page<Survey> list(PageRequest page);

    /** The surveys that measure the indicator in the year, the earliest opened first. */
    List<SurveyId> measuring(IndicatorId indicator, Year year);

    default Survey get(SurveyId id) {
        return find(id).orElseThrow(() -> new NotFound("survey", id));
    }
}
