package id.kinerja.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.fixtures.DirectTransactions;
import id.kinerja.domain.fixtures.InMemoryEvaluation;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.InMemorySurveys;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.satisfaction.WeightVariant;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.RefusedFile.FileError;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every import is a run: its progress stored between batches, its end stored, a cancellation obeyed. */
class ImportRunsTest {
    private static final String HEADER = "layanan;responden;U1;U2;U3;U4;U5;U6;U7;U8;U9";

    private final InMemorySurveys store = new InMemorySurveys();
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final InMemoryEvaluation evaluation = new InMemoryEvaluation();
    private final RecordedRuns runs = new RecordedRuns();
    private final ImportSurveyResponses importer = new ImportSurveyResponses(
            store.surveys,
            store.responses,
            store.results,
            evaluation.assignments,
            registry.units,
            evaluation.closures,
            store.imports,
            new DirectTransactions(),
            Clock.fixed(Instant.parse("2024-12-31T00:00:00Z"), ZoneOffset.UTC),
            runs);
    private Survey survey;

    /** Runs kept in memory; {@code cancelAfter} progress reports, the next answers "cancel". */
    private static final class RecordedRuns implements ImportRuns {
        final Map<ImportRunId, ImportRun> all = new LinkedHashMap<>();
        final List<Long> progress = new ArrayList<>();
        int cancelAfter = Integer.MAX_VALUE;

        @Override
        public void start(ImportRun run) {
            all.put(run.id(), run);
        }

        @Override
        public boolean progress(ImportRunId run, long rowsRead, long rowsRefused, long bytesRead, Instant at) {
            progress.add(rowsRead);
            return progress.size() > cancelAfter;
        }

        @Override
        public void finish(
                ImportRunId id,
                ImportRun.State state,
                long rowsRead,
                long rowsRefused,
                Integer resultVersion,
                String problemCode,
                List<FileError> errors,
                Instant at) {
            ImportRun run = all.get(id);
            all.put(
                    id,
                    new ImportRun(
                            id,
                            run.survey(),
                            run.startedBy(),
                            run.fileName(),
                            state,
                            rowsRead,
                            rowsRefused,
                            run.bytesRead(),
                            run.bytesTotal(),
                            run.cancelRequested(),
                            Optional.ofNullable(resultVersion),
                            Optional.ofNullable(problemCode),
                            errors,
                            run.startedAt(),
                            at,
                            Optional.of(at)));
        }

        @Override
        public boolean requestCancel(ImportRunId run) {
            return false;
        }

        @Override
        public Optional<ImportRun> find(ImportRunId run) {
            return Optional.ofNullable(all.get(run));
        }

        @Override
        public List<ImportRun> ofSurvey(SurveyId survey, int limit) {
            return List.copyOf(all.values());
        }

        ImportRun only() {
            assertThat(all).hasSize(1);
            return all.values().iterator().next();
        }
    }

    @BeforeEach
    void planSurvey() {
        OrganizationUnit unit = new RegistryTestData(registry).unit("Biro Umum", null);
        evaluation.assignments.assign("evaluator", unit.id());
        survey = store.surveys.save(Survey.plan(
                unit.id(),
                null,
                Year.of(2024),
                ReportingPeriod.ANNUAL,
                Methodology.PERMENPANRB_14_2017,
                WeightVariant.EXACT,
                ServiceCombination.POOLED,
                null,
                List.of("Pelayanan Ketatausahaan"),
                Map.of()));
    }

    /** {@code count} rows; the row at {@code bad} (0-based, or -1) answers 7. */
    private static ResponseFile rows(int count, int bad) {
        return handler -> {
            handler.header(Arrays.asList(HEADER.split(";", -1)));
            for (int i = 0; i < count; i++) {
                String answer = i == bad ? "7" : "4";
                handler.row(new ResponseFile.Row(
                        i + 2,
                        Arrays.asList(
                                ("Pelayanan Ketatausahaan;R" + i + ";" + answer + ";3;3;4;3;4;4;3;4").split(";", -1))));
            }
        };
    }

    private ImportSurveyResponses.Report run(ResponseFile file) {
        return importer.importFile(new ImportSurveyResponses.Command(
                "evaluator", survey.id(), file, ImportSurveyResponses.Mode.APPEND, false, "jawaban.csv"));
    }

    @Test
    void aDoneRunStoresItsProgressBetweenBatchesAndItsEnd() {
        run(rows(12_000, -1));

        assertThat(runs.progress).as("the first batch boundary reports at once").startsWith(5_000L);
        ImportRun done = runs.only();
        assertThat(done.state()).isEqualTo(ImportRun.State.DONE);
        assertThat(done.rowsRead()).isEqualTo(12_000);
        assertThat(done.resultVersion()).contains(1);
        assertThat(done.fileName()).contains("jawaban.csv");
    }

    @Test
    void aCancelledRunStopsAtTheNextBatchBoundaryWithNothingStored() {
        runs.cancelAfter = 0;

        assertThatThrownBy(() -> run(rows(12_000, -1)))
                .isInstanceOfSatisfying(
                        ConflictingState.class,
                        cancelled -> assertThat(cancelled.code()).isEqualTo(ImportSurveyResponses.CANCELLED));
        assertThat(runs.only().state()).isEqualTo(ImportRun.State.CANCELLED);
        assertThat(runs.only().rowsRead()).isEqualTo(5_000);
        assertThat(store.results.latest(survey.id())).as("no result version").isEmpty();
    }

    @Test
    void aRefusedRunKeepsItsCountAndFirstErrors() {
        assertThatThrownBy(() -> run(rows(12_000, 7_000))).isInstanceOf(RefusedFile.class);

        ImportRun refused = runs.only();
        assertThat(refused.state()).isEqualTo(ImportRun.State.REFUSED);
        assertThat(refused.rowsRead()).isEqualTo(12_000);
        assertThat(refused.rowsRefused()).isEqualTo(1);
        assertThat(refused.errors()).extracting(FileError::row).containsExactly(7_002L);
        assertThat(refused.problemCode()).contains("file.refused");
    }

    @Test
    void theTimeLeftIsThePaceSoFarOverWhatRemains() {
        Instant start = Instant.parse("2024-12-31T00:00:00Z");
        ImportRun halfway = new ImportRun(
                ImportRunId.random(),
                survey.id(),
                "evaluator",
                Optional.empty(),
                ImportRun.State.RUNNING,
                500_000,
                0,
                50,
                OptionalLong.of(200),
                false,
                Optional.empty(),
                Optional.empty(),
                List.of(),
                start,
                start.plusSeconds(10),
                Optional.empty());

        assertThat(halfway.timeLeft()).contains(Duration.ofSeconds(30));
        assertThat(halfway.percentRead()).hasValue(25);
    }
}
