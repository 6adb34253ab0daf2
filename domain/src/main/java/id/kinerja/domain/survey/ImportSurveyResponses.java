package id.kinerja.domain.survey;

import id.kinerja.domain.organization.ClosedYears;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.satisfaction.ElementTally;
import id.kinerja.domain.satisfaction.ServiceElement;
import id.kinerja.domain.satisfaction.ServiceTally;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.DomainException;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.RefusedFile.FileError;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Warning;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.UnitStewardship;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Imports a file of responses, all or nothing: every row is checked, rows are written in batches as they
 * stream past, and a file with any error is rolled back whole and answered with the row, column and reason
 * of its first hundred errors and their count. A dry run checks and previews the result without storing.
 * A real import stores a new version of the survey's result; earlier versions stay readable. A file already
 * imported into the survey (the same SHA-256), or one naming a respondent already stored, is refused unless
 * the responses are replaced; the report carries the survey's warnings.
 */
public final class ImportSurveyResponses {
    static final int BATCH_SIZE = 5000;
    /** The top of the 1–4 answer scale of every element (unsur). */
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);
    /** The oldest plausible respondent, in years. */
    private static final BigDecimal OLDEST = BigDecimal.valueOf(120);
    /** How often, at most, a run stores its progress and looks for a cancellation (between batches). */
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;
    /** The code of the refusal a cancelled import ends with. */
    public static final String CANCELLED = "survey.import-cancelled";

    private final Surveys surveys;
    private final SurveyResponses responses;
    private final SurveyResults results;
    private final UnitStewardship stewardship;
    private final ClosedYears closedYears;
    private final SurveyImports imports;
    private final SurveyWarnings warnings;
    private final Transactions transactions;
    private final Clock clock;
    private final ImportRuns runs;

    public ImportSurveyResponses(
            Surveys surveys,
            SurveyResponses responses,
            SurveyResults results,
            UnitAssignments assignments,
            OrganizationUnits units,
            ClosedYears closedYears,
            SurveyImports imports,
            Transactions transactions,
            Clock clock) {
        this(
                surveys,
                responses,
                results,
                assignments,
                units,
                closedYears,
                imports,
                transactions,
                clock,
                ImportRuns.NONE);
    }

    /** With {@code runs}, every import is a run whose progress any node can read and cancel. */
    public ImportSurveyResponses(
            Surveys surveys,
            SurveyResponses responses,
            SurveyResults results,
            UnitAssignments assignments,
            OrganizationUnits units,
            ClosedYears closedYears,
            SurveyImports imports,
            Transactions transactions,
            Clock clock,
            ImportRuns runs) {
        this.surveys = surveys;
        this.responses = responses;
        this.results = results;
        this.stewardship = new UnitStewardship(assignments, units);
        this.closedYears = closedYears;
        this.imports = imports;
        this.warnings = new SurveyWarnings(surveys, results);
        this.transactions = transactions;
        this.clock = clock;
        this.runs = runs;
    }

    /** Whether the file adds to the responses already stored or replaces them (a corrected file). */
    public enum Mode {
        APPEND,
        REPLACE
    }

    /**
     * A file to import into a survey.
     *
     * @param by the evaluator, who must serve the surveyed unit
     * @param fileName the name the file was uploaded under, if any: it names the import in later refusals
     */
    public record Command(
            String by,
            SurveyId surveyId,
            ResponseFile file,
            Mode mode,
            boolean dryRun,
            String fileName,
            Tracking tracking) {
        /** A name with control characters (a NUL) or longer than its column is refused as the bad input it is. */
        public Command {
            fileName = Text.line(fileName, "file", 500);
        }

        public Command(String by, SurveyId surveyId, ResponseFile file, Mode mode, boolean dryRun, String fileName) {
            this(by, surveyId, file, mode, dryRun, fileName, null);
        }

        public Command(String by, SurveyId surveyId, ResponseFile file, Mode mode, boolean dryRun) {
            this(by, surveyId, file, mode, dryRun, null);
        }

        public Command tracked(Tracking by) {
            return new Command(by(), surveyId, file, mode, dryRun, fileName, by);
        }
    }

    /**
     * How a run is followed: its id (a run {@link #begin begun} already, or a new one), and how many bytes of
     * the file have been read, for the time left.
     */
    public record Tracking(ImportRunId run, boolean begun, LongSupplier bytesRead, OptionalLong bytesTotal) {
        public static Tracking of(ImportRunId begun, LongSupplier bytesRead) {
            return new Tracking(begun, true, bytesRead, OptionalLong.empty());
        }

        public static Tracking untracked(LongSupplier bytesRead, OptionalLong bytesTotal) {
            return new Tracking(ImportRunId.random(), false, bytesRead, bytesTotal);
        }
    }

    /**
     * Stores a run about to import a file, for a background import whose id is answered at once. The checks
     * that need no file are made here too (the survey, the evaluator's unit), so that a run is only stored for
     * an import that may run; they are made again when it does.
     */
    public ImportRunId begin(String by, SurveyId surveyId, String fileName, OptionalLong bytesTotal) {
        ImportRunId id = ImportRunId.random();
        begin(id, by, surveyId, Text.line(fileName, "file", 500), bytesTotal);
        return id;
    }

    private void begin(ImportRunId id, String by, SurveyId surveyId, String fileName, OptionalLong bytesTotal) {
        Survey survey = surveys.get(surveyId);
        InvalidValue.requireText(by, "by");
        stewardship.requireServes(by, survey.unitId(), "survey.not-responsible", "import responses into its survey");
        runs.start(ImportRun.starting(id, surveyId, by, fileName, bytesTotal, clock.instant()));
    }

    /**
     * Imports the file as a run: the run's progress is stored as rows stream past, a cancellation asked on any
     * node ends it between batches with nothing stored, and its end (done, refused, cancelled) is stored for
     * whoever polls it.
     */
    public Report importFile(Command command) {
        Tracking tracking =
                command.tracking() != null ? command.tracking() : Tracking.untracked(() -> 0, OptionalLong.empty());
        if (!tracking.begun()) {
            begin(tracking.run(), command.by(), command.surveyId(), command.fileName(), tracking.bytesTotal());
        }
        Run[] running = new Run[1];
        try {
            Report report = importInTransaction(command, tracking, running);
            finish(
                    tracking.run(),
                    ImportRun.State.DONE,
                    running,
                    0,
                    report.dryRun() ? null : report.result().version(),
                    null,
                    List.of());
            return report;
        } catch (RefusedFile refused) {
            finish(
                    tracking.run(),
                    ImportRun.State.REFUSED,
                    running,
                    refused.errorCount(),
                    null,
                    refused.code(),
                    refused.errors());
            throw refused;
        } catch (DomainException refused) {
            ImportRun.State state =
                    refused.code().equals(CANCELLED) ? ImportRun.State.CANCELLED : ImportRun.State.REFUSED;
            finish(
                    tracking.run(),
                    state,
                    running,
                    0,
                    null,
                    refused.code(),
                    List.of(new FileError(
                            0,
                            refused.field().orElse(null),
                            refused.code(),
                            refused.arguments(),
                            refused.getMessage())));
            throw refused;
        } catch (RuntimeException | Error failed) {
            try {
                finish(tracking.run(), ImportRun.State.FAILED, running, 0, null, "internal", List.of());
            } catch (RuntimeException notStored) {
                failed.addSuppressed(notStored);
            }
            throw failed;
        }
    }

    private void finish(
            ImportRunId id,
            ImportRun.State state,
            Run[] running,
            long refused,
            Integer version,
            String code,
            List<FileError> errors) {
        long read = running[0] == null ? 0 : running[0].rowsRead;
        runs.finish(id, state, read, refused, version, code, errors, clock.instant());
    }

    private static ConflictingState cancelled() {
        return new ConflictingState(CANCELLED, null, "the import was cancelled; nothing of the file was stored");
    }

    /**
     * What an import did: rows read and stored, the survey's result after it (a preview on a dry run), and
     * what is worth a second look.
     */
    public record Report(long rowsRead, long stored, boolean dryRun, SurveyOutcome result, List<Warning> warnings) {
        public Report {
            warnings = List.copyOf(warnings);
        }
    }

    private Report importInTransaction(Command command, Tracking tracking, Run[] running) {
        return transactions.inTransaction(() -> {
            Survey survey = surveys.get(command.surveyId());
            InvalidValue.requireText(command.by(), "by");
            stewardship.requireServes(
                    command.by(), survey.unitId(), "survey.not-responsible", "import responses into its survey");
            closedYears.requireOpen(survey.unitId(), survey.year());
            // imports into one survey run one after another, so the checks below see the previous one's rows
            imports.holdSurvey(survey.id());
            boolean replace = command.mode() == Mode.REPLACE;
            SurveyImport started = SurveyImport.begin(survey.id(), command.fileName(), clock.instant());
            // a survey that holds no response yet has no respondent a file could repeat: nothing to look up
            boolean checkRespondents = !replace && responses.anyStored(survey.id());
            if (!command.dryRun()) {
                if (replace) {
                    responses.removeAll(survey.id());
                    imports.replaceAll(survey.id());
                }
                imports.begin(started);
            }
            Run run = new Run(survey, command.dryRun(), checkRespondents, tracking);
            running[0] = run;
            // the rows stream into the database while the file is read; a refusal or a cancellation abandons
            // the stream before the transaction rolls back
            try (SurveyResponses.Appender appender =
                    command.dryRun() ? null : responses.appender(survey.id(), started.id())) {
                run.appender = appender;
                command.file().readInto(run);
                if (run.columns == null) {
                    throw new RefusedFile(
                            List.of(new FileError(0, null, "file.empty", List.of(), "the file has no header row")), 1);
                }
                run.flush();
                if (run.errorCount > 0) {
                    throw new RefusedFile(run.errors, run.errorCount);
                }
                if (appender != null) {
                    appender.finish();
                }
            }
            Optional<String> checksum = command.file().sha256();
            if (!replace) {
                checksum.flatMap(sha256 -> imports.storedWithChecksum(survey.id(), sha256))
                        .ifPresent(earlier -> {
                            throw new ConflictingState(
                                    "survey.file-imported",
                                    "file",
                                    "this file was imported into the survey already (" + describe(earlier)
                                            + "); import it with mode REPLACE to replace the stored responses",
                                    earlier.fileName().orElse("—"),
                                    earlier.importedAt(),
                                    earlier.rows(),
                                    earlier.resultVersion());
                        });
                run.firstStored.ifPresent(stored -> {
                    throw respondentStored(stored);
                });
                if (checkRespondents && !command.dryRun()) {
                    // the whole file at once, now that its rows are stored: one statement, not one per batch
                    imports.respondentStoredBefore(survey.id(), started.id()).ifPresent(stored -> {
                        throw respondentStored(stored);
                    });
                }
            }
            Set<String> newServices = new LinkedHashSet<>(run.tallies.keySet());
            newServices.removeAll(survey.services());
            Survey current = survey;
            if (!newServices.isEmpty() && !command.dryRun()) {
                survey.addServices(newServices);
                current = surveys.save(survey);
            }
            SurveyOutcome result = resultAfter(current, run, command);
            if (!command.dryRun()) {
                imports.finish(started.finished(checksum, run.rowsRead, result.version()));
            }
            return new Report(
                    run.rowsRead,
                    command.dryRun() ? 0 : run.rowsRead,
                    command.dryRun(),
                    result,
                    warnings.of(current, result.combined().respondents()));
        });
    }

    private static String describe(SurveyImport earlier) {
        return earlier.fileName().map(name -> "'" + name + "', ").orElse("") + earlier.importedAt() + ", "
                + earlier.rows() + " responses, result version " + earlier.resultVersion();
    }

    private static ConflictingState respondentStored(SurveyImports.StoredRespondent stored) {
        return stored.by()
                .map(earlier -> new ConflictingState(
                        "survey.respondent-imported",
                        "responden",
                        "respondent " + stored.respondent() + " was imported into the survey already ("
                                + describe(earlier) + "); import with mode REPLACE to replace the stored responses",
                        stored.respondent(),
                        earlier.fileName().orElse("—"),
                        earlier.importedAt(),
                        earlier.rows(),
                        earlier.resultVersion()))
                .orElseGet(() -> new ConflictingState(
                        "survey.respondent-stored",
                        "responden",
                        "respondent " + stored.respondent()
                                + " is stored in the survey already; import with mode REPLACE to replace the stored"
                                + " responses",
                        stored.respondent()));
    }

    /**
     * The result after the import: the file's tallies, added to the previous version's when appending. The
     * sums are kept as the rows stream past, so that no import reads the stored answers again; they are
     * the same integers a recount of the stored answers gives ({@link ReadSurveyResult#recomputed}).
     */
    private SurveyOutcome resultAfter(Survey survey, Run run, Command command) {
        SurveyResultVersion previous = results.latest(survey.id()).orElse(SurveyResultVersion.empty(survey.id()));
        boolean append = command.mode() == Mode.APPEND;
        SurveyResultVersion version = new SurveyResultVersion(
                survey.id(),
                previous.version() + 1,
                clock.instant(),
                command.dryRun() ? "preview" : (append ? "added " : "replaced by ") + run.rowsRead + " responses",
                append ? merge(previous.tallies(), run.tallies()) : run.tallies(),
                append ? previous.profile().plus(run.profile.profile()) : run.profile.profile());
        if (!command.dryRun()) {
            results.add(version);
        }
        return SurveyOutcome.of(survey, version);
    }

    private static List<ServiceTally> merge(List<ServiceTally> stored, List<ServiceTally> added) {
        Map<String, List<ServiceTally>> byService = new LinkedHashMap<>();
        stored.forEach(t ->
                byService.computeIfAbsent(t.service(), s -> new ArrayList<>()).add(t));
        added.forEach(t ->
                byService.computeIfAbsent(t.service(), s -> new ArrayList<>()).add(t));
        return byService.entrySet().stream()
                .map(entry -> ServiceTally.pooled(entry.getKey(), entry.getValue()))
                .toList();
    }

    /** One pass over a file: checks each row, batches the good ones, keeps running sums for a preview. */
    private final class Run implements ResponseFile.RowHandler {
        private final Survey survey;
        private ResponseColumns columns;
        private final boolean dryRun;
        private final List<ServiceElement> elements;
        private final boolean checkRespondents;
        private final List<SurveyResponse> batch = new ArrayList<>(BATCH_SIZE);
        private SurveyResponses.Appender appender;
        private final Set<String> respondents = new LinkedHashSet<>();
        private Optional<SurveyImports.StoredRespondent> firstStored = Optional.empty();
        private final List<FileError> errors = new ArrayList<>();
        private final Map<String, long[]> tallies = new LinkedHashMap<>();
        private final RespondentProfile.Counter profile = new RespondentProfile.Counter();
        private long errorCount;
        private long rowsRead;
        private final Tracking tracking;
        private long progressStoredAt = System.nanoTime() - PROGRESS_INTERVAL_NANOS;

        Run(Survey survey, boolean dryRun, boolean checkRespondents, Tracking tracking) {
            this.tracking = tracking;
            this.survey = survey;
            this.dryRun = dryRun;
            this.checkRespondents = checkRespondents;
            this.elements = survey.methodology().elements();
        }

        /** A header that does not name the columns the survey needs ends the import before any row. */
        @Override
        public void header(List<String> names) {
            columns = new ResponseColumns(names, survey.methodology());
            if (!columns.errors().isEmpty()) {
                throw new RefusedFile(columns.errors(), columns.errors().size());
            }
        }

        @Override
        public void row(ResponseFile.Row row) {
            if (columns == null) {
                throw new IllegalStateException("the reader handed a row before the header");
            }
            if (rowsRead % BATCH_SIZE == 0 && rowsRead > 0) {
                betweenBatches();
            }
            rowsRead++;
            long before = errorCount;
            String service = text(row, "layanan", 500).orElse(null);
            if (service == null && errorCount == before) {
                error(row, "layanan", "survey.service-missing", List.of(), "the service (layanan) is empty");
            } else if (service != null && !survey.accepts(service)) {
                error(
                        row,
                        "layanan",
                        "survey.service-unknown",
                        List.of(service, String.join(", ", survey.services())),
                        "'" + service + "' is not one of the survey's services");
            }
            int[] answers = new int[elements.size()];
            for (int element = 0; element < elements.size(); element++) {
                answers[element] = answer(row, element);
            }
            SurveyResponse response = new SurveyResponse(
                    service,
                    text(row, "responden", 100).orElse(null),
                    date(row),
                    sex(row),
                    age(row),
                    text(row, "pendidikan", 50).orElse(null),
                    text(row, "pekerjaan", 100).orElse(null),
                    answers,
                    text(row, "saran", 2000).orElse(null));
            if (errorCount > before) {
                return;
            }
            count(response);
            profile.count(response);
            // a dry run stores nothing to look up at the end: its respondents are looked up a batch at a time
            if (checkRespondents && dryRun && response.respondent() != null) {
                respondents.add(response.respondent());
                if (respondents.size() == BATCH_SIZE) {
                    checkRespondents();
                }
            }
            if (!dryRun && errorCount == 0) {
                batch.add(response);
                if (batch.size() == BATCH_SIZE) {
                    flush();
                }
            }
        }

        /** Stores the progress now and then, and stops the import (rolled back whole) when it was cancelled. */
        private void betweenBatches() {
            long now = System.nanoTime();
            if (now - progressStoredAt < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            progressStoredAt = now;
            if (runs.progress(
                    tracking.run(), rowsRead, errorCount, tracking.bytesRead().getAsLong(), clock.instant())) {
                throw cancelled();
            }
        }

        void flush() {
            checkRespondents();
            // a file to be refused writes nothing more (what it wrote is rolled back with the refusal)
            if (!batch.isEmpty() && errorCount == 0 && firstStored.isEmpty()) {
                appender.append(List.copyOf(batch));
            }
            batch.clear();
        }

        /** Respondents already stored are looked up a batch at a time, not one query per row. */
        private void checkRespondents() {
            if (!respondents.isEmpty() && errorCount == 0) {
                if (firstStored.isEmpty()) {
                    // refused at the end, after the checksum: the same file is named as such, not by its first row
                    firstStored = imports.storedRespondent(survey.id(), respondents);
                }
            }
            respondents.clear();
        }

        private void count(SurveyResponse response) {
            long[] sums = tallies.computeIfAbsent(response.service(), s -> new long[1 + 2 * elements.size()]);
            sums[0]++;
            for (int element = 0; element < elements.size(); element++) {
                int answer = response.answer(element);
                if (answer > 0) {
                    sums[1 + 2 * element] += answer;
                    sums[2 + 2 * element]++;
                }
            }
        }

        List<ServiceTally> tallies() {
            List<ServiceTally> result = new ArrayList<>();
            tallies.forEach((service, sums) -> {
                Map<String, ElementTally> byElement = new LinkedHashMap<>();
                for (int element = 0; element < elements.size(); element++) {
                    byElement.put(
                            elements.get(element).code(),
                            new ElementTally(sums[1 + 2 * element], sums[2 + 2 * element]));
                }
                result.add(new ServiceTally(service, sums[0], byElement));
            });
            return result;
        }

        private int answer(ResponseFile.Row row, int element) {
            int column = columns.elementColumn(element);
            String value = row.cell(column).strip();
            if (value.isEmpty()) {
                return 0;
            }
            Optional<BigDecimal> answer = wholeNumber(value);
            if (answer.isPresent()
                    && answer.get().compareTo(BigDecimal.ONE) >= 0
                    && answer.get().compareTo(FOUR) <= 0) {
                return answer.get().intValueExact();
            }
            error(
                    row,
                    columns.headerOf(column),
                    "survey.answer-out-of-range",
                    List.of(value),
                    "'" + value + "' is not an answer from 1 to 4 (blank when not answered)");
            return 0;
        }

        private Optional<String> text(ResponseFile.Row row, String field, int maxLength) {
            Optional<String> value = columns.profileColumn(field)
                    .map(row::cell)
                    .map(String::strip)
                    .filter(text -> !text.isEmpty());
            if (value.isPresent() && value.get().length() > maxLength) {
                error(
                        row,
                        field,
                        "survey.text-too-long",
                        List.of(field, maxLength),
                        field + " is longer than " + maxLength + " characters");
                return Optional.empty();
            }
            try {
                value.ifPresent(text -> Text.paragraph(text, field, maxLength));
            } catch (InvalidValue e) {
                error(row, field, e.code(), e.arguments(), e.getMessage());
                return Optional.empty();
            }
            return value;
        }

        private LocalDate date(ResponseFile.Row row) {
            Optional<String> value = text(row, "tanggal", 40);
            try {
                return value.map(text -> IndonesianDate.parse(text, "tanggal")).orElse(null);
            } catch (InvalidValue e) {
                error(row, "tanggal", e.code(), e.arguments(), e.getMessage());
                return null;
            }
        }

        private String sex(ResponseFile.Row row) {
            Optional<String> value = text(row, "jenis_kelamin", 20);
            if (value.isEmpty()) {
                return null;
            }
            String sex = value.get().toUpperCase(Locale.ROOT);
            if (sex.equals("L") || sex.equals("LAKI-LAKI") || sex.equals("LAKI LAKI")) {
                return "L";
            }
            if (sex.equals("P") || sex.equals("PEREMPUAN")) {
                return "P";
            }
            error(row, "jenis_kelamin", "survey.sex", List.of(value.get()), "'" + value.get() + "' is not L or P");
            return null;
        }

        private Integer age(ResponseFile.Row row) {
            Optional<String> value = text(row, "usia", 10);
            if (value.isEmpty()) {
                return null;
            }
            Optional<BigDecimal> age = wholeNumber(value.get());
            if (age.isPresent()
                    && age.get().compareTo(BigDecimal.ONE) >= 0
                    && age.get().compareTo(OLDEST) <= 0) {
                return age.get().intValueExact();
            }
            error(row, "usia", "survey.age", List.of(value.get()), "'" + value.get() + "' is not an age in years");
            return null;
        }

        /** A cell read by the one Indonesian rule ("4", "4,0"), when it is a whole number. */
        private static Optional<BigDecimal> wholeNumber(String cell) {
            try {
                BigDecimal number = IndonesianNumber.parse(cell, "cell").stripTrailingZeros();
                return number.scale() <= 0 ? Optional.of(number) : Optional.empty();
            } catch (InvalidValue unreadable) {
                return Optional.empty();
            }
        }

        private void error(ResponseFile.Row row, String column, String code, List<Object> arguments, String english) {
            errorCount++;
            if (errors.size() < RefusedFile.REPORTED_ERRORS) {
                errors.add(new FileError(row.line(), column, code, arguments, english));
            }
        }
    }
}
