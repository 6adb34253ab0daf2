package id.kinerja.domain.survey;

import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;

/** Membaca survei: the surveys a page at a time with the total, or one survey. */
public final class ReadSurveys {
    private final Surveys surveys;

    public ReadSurveys(Surveys surveys) {
        this.surveys = surveys;
    }

    public Page<Survey> list(PageRequest page) {
        return surveys.list(page);
    }

    public Survey get(SurveyId id) {
        return surveys.get(id);
    }
}
