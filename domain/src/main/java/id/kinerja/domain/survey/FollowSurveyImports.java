package id.kinerja.domain.survey;

import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UnitStewardship;
import java.util.List;

/**
 * Following the runs of a survey's imports from any node: how far a run has come, how it ended, and asking a
 * running one to stop. The importing node sees the request between two batches and rolls the import back.
 */
public final class FollowSurveyImports {
    /** The runs a survey lists: its latest, newest first. */
    static final int LISTED = 20;

    private final Surveys surveys;
    private final ImportRuns runs;
    private final UnitStewardship stewardship;

    public FollowSurveyImports(Surveys surveys, ImportRuns runs, UnitAssignments assignments, OrganizationUnits units) {
        this.surveys = surveys;
        this.runs = runs;
        this.stewardship = new UnitStewardship(assignments, units);
    }

    public ImportRun get(SurveyId survey, ImportRunId run) {
        return runs.find(run)
                .filter(found -> found.survey().equals(survey))
                .orElseThrow(() -> new NotFound("survey import", run));
    }

    public List<ImportRun> ofSurvey(SurveyId survey) {
        surveys.get(survey);
        return runs.ofSurvey(survey, LISTED);
    }

    /**
     * Only an evaluator who may import into the survey may stop its import. Asking twice, or after the run
     * ended, changes nothing and answers the run as it is (a cancel racing the import's end is no error).
     */
    public ImportRun cancel(String by, SurveyId surveyId, ImportRunId run) {
        Survey survey = surveys.get(surveyId);
        stewardship.requireServes(by, survey.unitId(), "survey.not-responsible", "cancel an import into its survey");
        get(surveyId, run);
        runs.requestCancel(run);
        return get(surveyId, run);
    }
}
