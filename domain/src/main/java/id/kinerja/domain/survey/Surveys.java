package id.kinerja.domain.survey;

import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Optional;

/** The stored surveys. */
public interface Surveys {
    Optional<Survey> find(SurveyId id);

    Survey save(Survey survey);

    Page<Survey> list(PageRequest page);

    default Survey get(SurveyId id) {
        return find(id).orElseThrow(() -> new NotFound("survey", id));
    }
}
