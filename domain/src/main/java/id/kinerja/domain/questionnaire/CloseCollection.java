package id.kinerja.domain.questionnaire;

import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.Surveys;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UnitStewardship;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Menutup pengumpulan: an evaluator of the surveyed unit closes the online collection. Its links stop taking
 * answers (answers being taken at that moment are waited for), and the answers not yet counted go through the
 * survey import as a file would — the same checks, the same tallies, a new result version — named
 * "collected online, n answers, from … to …". All of it happens in one transaction, or nothing does.
 */
public final class CloseCollection {
    private final Surveys surveys;
    private final OnlineAnswers answers;
    private final ImportSurveyResponses importer;
    private final UnitStewardship stewardship;
    private final Transactions transactions;
    private final Clock clock;

    public CloseCollection(
            Surveys surveys,
            OnlineAnswers answers,
            ImportSurveyResponses importer,
            UnitAssignments assignments,
            OrganizationUnits units,
            Transactions transactions,
            Clock clock) {
        this.surveys = surveys;
        this.answers = answers;
        this.importer = importer;
        this.stewardship = new UnitStewardship(assignments, units);
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(String by, SurveyId survey) {}

    public CollectionClosure close(Command command) {
        return transactions.inTransaction(() -> {
            Survey survey = surveys.get(command.survey());
            InvalidValue.requireText(command.by(), "by");
            stewardship.requireServes(
                    command.by(), survey.unitId(), "survey.not-responsible", "close its online collection");
            answers.closeLinks(survey.id());
            if (answers.closure(survey.id()).isPresent()) {
                throw new ConflictingState(
                        "questionnaire.closed-already", null, "the online collection of this survey is closed already");
            }
            List<OnlineAnswer> pending =
                    answers.pending(survey.id(), survey.methodology().elements().size());
            Optional<Integer> version = Optional.empty();
            if (!pending.isEmpty()) {
                ImportSurveyResponses.Report report = importer.importFile(new ImportSurveyResponses.Command(
                        command.by(),
                        survey.id(),
                        new OnlineAnswerFile(survey.methodology(), pending),
                        ImportSurveyResponses.Mode.APPEND,
                        false,
                        provenance(pending)));
                version = Optional.of(report.result().version());
                answers.carried(survey.id(), report.result().version());
            }
            CollectionClosure closure = new CollectionClosure(
                    survey.id(),
                    clock.instant(),
                    command.by(),
                    pending.size(),
                    pending.stream().map(OnlineAnswer::submittedAt).min(java.util.Comparator.naturalOrder()),
                    pending.stream().map(OnlineAnswer::submittedAt).max(java.util.Comparator.naturalOrder()),
                    version);
            answers.recordClosure(closure);
            return closure;
        });
    }

    /** Where the answers came from, as an import names its file: "collected online, 12 answers, from … to …". */
    static String provenance(List<OnlineAnswer> pending) {
        return "collected online, " + pending.size() + " answers, from "
                + officeTime(pending.get(0).submittedAt()) + " to "
                + officeTime(pending.get(pending.size() - 1).submittedAt());
    }

    private static String officeTime(java.time.Instant at) {
        return LocalDateTime.ofInstant(at, OpenPeriod.OFFICE_TIME)
                        .truncatedTo(ChronoUnit.MINUTES)
                        .toString()
                        .replace('T', ' ')
                + " WIB";
    }
}
