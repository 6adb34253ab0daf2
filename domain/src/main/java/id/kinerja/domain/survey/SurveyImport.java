package id.kinerja.domain.survey;

import java.time.Instant;
import java.util.Optional;

/**
 * Impor jawaban survei: one stored import of a response file into a survey, kept so that the same file, or
 * respondents already stored, are not imported a second time without a word.
 *
 * @param fileName the name the file was uploaded under, when it had one
 * @param sha256 the SHA-256 of the file's bytes in hexadecimal, when the reader could compute it
 */
public record SurveyImport(
        SurveyImportId id,
        SurveyId survey,
        Optional<String> fileName,
        Optional<String> sha256,
        long rows,
        int resultVersion,
        Instant importedAt) {

    /** An import as it begins: its responses refer to it while they are written. */
    static SurveyImport begin(SurveyId survey, String fileName, Instant at) {
        return new SurveyImport(
                SurveyImportId.random(), survey, Optional.ofNullable(fileName), Optional.empty(), 0, 0, at);
    }

    SurveyImport finished(Optional<String> checksum, long storedRows, int version) {
        return new SurveyImport(id, survey, fileName, checksum, storedRows, version, importedAt);
    }
}
