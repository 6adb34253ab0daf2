package id.kinerja.domain.survey;

import java.util.Collection;
import java.util.Optional;

/**
 * The stored imports of survey responses. A survey's imports run one after another: {@link #holdSurvey}
 * keeps others waiting until the importing transaction ends, so each import sees what the one before stored.
 */
public interface SurveyImports {
    /** Waits for, then holds, the survey against other imports until the current transaction ends. */
    void holdSurvey(SurveyId survey);

    /** Stores an import as it begins, before its responses that refer to it. */
    void begin(SurveyImport started);

    /** Stores what the import stored: its rows, its file's checksum and the result version it made. */
    void finish(SurveyImport finished);

    /** The import of the survey whose responses are still stored and whose file had this checksum. */
    Optional<SurveyImport> storedWithChecksum(SurveyId survey, String sha256);

    /** The first of these respondents already stored in the survey, with the import that stored it if known. */
    Optional<StoredRespondent> storedRespondent(SurveyId survey, Collection<String> respondents);

    /**
     * The first response the import stored (in file order) whose respondent the survey held before it, with
     * the import that stored it if known: the check of a whole import at once, after its rows are written.
     */
    Optional<StoredRespondent> respondentStoredBefore(SurveyId survey, SurveyImportId imported);

    /** The survey's responses are being replaced: its earlier imports no longer count as stored. */
    void replaceAll(SurveyId survey);

    /** A respondent id already in the survey, and the import that brought it (unknown before imports were kept). */
    record StoredRespondent(String respondent, Optional<SurveyImport> by) {}
}
