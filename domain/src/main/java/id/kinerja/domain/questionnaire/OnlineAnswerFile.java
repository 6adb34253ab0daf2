package id.kinerja.domain.questionnaire;

import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.survey.ResponseFile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The answers collected online, read as a response file with the columns an upload names, so that closing a
 * collection goes through exactly the import an uploaded file goes through. Each row's respondent is
 * {@code daring-<n>}: the response stays marked as collected online, and the import's check of respondents
 * already stored refuses carrying the same answer twice.
 */
final class OnlineAnswerFile implements ResponseFile {
    static final String RESPONDENT_PREFIX = "daring-";

    private final Methodology methodology;
    private final List<OnlineAnswer> answers;

    OnlineAnswerFile(Methodology methodology, List<OnlineAnswer> answers) {
        this.methodology = methodology;
        this.answers = List.copyOf(answers);
    }

    @Override
    public void readInto(RowHandler handler) {
        List<String> header = new ArrayList<>(
                List.of("layanan", "responden", "tanggal", "jenis_kelamin", "usia", "pendidikan", "pekerjaan"));
        methodology.elements().forEach(element -> header.add(element.code()));
        header.add("saran");
        handler.header(header);
        long line = 1;
        for (OnlineAnswer answer : answers) {
            List<String> cells = new ArrayList<>(header.size());
            cells.add(answer.service());
            cells.add(RESPONDENT_PREFIX + answer.id());
            cells.add(LocalDate.ofInstant(answer.submittedAt(), OpenPeriod.OFFICE_TIME)
                    .toString());
            cells.add(orEmpty(answer.sex()));
            cells.add(answer.age() == null ? "" : answer.age().toString());
            cells.add(orEmpty(answer.education()));
            cells.add(orEmpty(answer.occupation()));
            for (int given : answer.answers()) {
                cells.add(given == 0 ? "" : Integer.toString(given));
            }
            cells.add(orEmpty(answer.suggestion()));
            handler.row(new Row(++line, cells));
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
