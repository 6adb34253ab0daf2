package id.kinerja.domain.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.evaluation.YearClosure;
import id.kinerja.domain.fixtures.DirectTransactions;
import id.kinerja.domain.fixtures.InMemoryEvaluation;
import id.kinerja.domain.fixtures.InMemoryRegistry;
import id.kinerja.domain.fixtures.InMemorySurveys;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.IndexResult;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.satisfaction.ServiceElement;
import id.kinerja.domain.satisfaction.WeightVariant;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportSurveyResponsesTest {
    private static final String HEADER = "layanan;responden;U1;U2;U3;U4;U5;U6;U7;U8;U9";

    private final InMemorySurveys store = new InMemorySurveys();
    private final InMemoryRegistry registry = new InMemoryRegistry();
    private final InMemoryEvaluation evaluation = new InMemoryEvaluation();
    private final ImportSurveyResponses importer = new ImportSurveyResponses(
            store.surveys,
            store.responses,
            store.results,
            evaluation.assignments,
            registry.units,
            evaluation.closures,
            store.imports,
            new DirectTransactions(),
            Clock.fixed(Instant.parse("2024-12-31T00:00:00Z"), ZoneOffset.UTC));
    private Survey survey;

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
                100L,
                List.of("Pelayanan Ketatausahaan", "Pelayanan Rumah Tangga"),
                Map.of()));
    }

    /** A file of ';'-separated lines, the first being the header. */
    private static ResponseFile file(String header, List<String> lines) {
        return handler -> {
            handler.header(Arrays.asList(header.split(";", -1)));
            for (int i = 0; i < lines.size(); i++) {
                handler.row(
                        new ResponseFile.Row(i + 2, Arrays.asList(lines.get(i).split(";", -1))));
            }
        };
    }

    private static List<String> goodRows(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "Pelayanan Ketatausahaan;R" + i + ";4;3;3;4;3;4;4;3;4")
                .toList();
    }

    private ImportSurveyResponses.Report run(ResponseFile file, ImportSurveyResponses.Mode mode, boolean dryRun) {
        return importer.importFile(new ImportSurveyResponses.Command("evaluator", survey.id(), file, mode, dryRun));
    }

    @Test
    void onlyAnEvaluatorOfTheSurveyedUnitImportsAndNothingInAClosedYear() {
        OrganizationUnit other = new RegistryTestData(registry).unit("Biro Hukum", null);
        evaluation.assignments.assign("outsider", other.id());
        run(file(HEADER, goodRows(3)), ImportSurveyResponses.Mode.APPEND, false);

        assertThatThrownBy(() -> importer.importFile(new ImportSurveyResponses.Command(
                        "outsider", survey.id(), file(HEADER, goodRows(1)), ImportSurveyResponses.Mode.REPLACE, false)))
                .isInstanceOfSatisfying(
                        NotPermitted.class, e -> assertThat(e.code()).isEqualTo("survey.not-responsible"));
        evaluation.closures.save(
                YearClosure.open(survey.unitId(), survey.year()),
                new YearClosure(survey.unitId(), survey.year(), true, "auditor", Instant.EPOCH, null, -1));
        assertThatThrownBy(() -> run(file(HEADER, goodRows(1)), ImportSurveyResponses.Mode.REPLACE, false))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.code()).isEqualTo("year.closed"));
        assertThat(store.responses.of(survey.id()))
                .as("the three responses stay")
                .hasSize(3);
    }

    @Test
    void storesAFileInBatchesAndMakesTheFirstResultVersion() {
        ImportSurveyResponses.Report report =
                run(file(HEADER, goodRows(12_000)), ImportSurveyResponses.Mode.APPEND, false);

        assertThat(report.stored()).isEqualTo(12_000);
        assertThat(store.responses.batches).isEqualTo(3);
        assertThat(report.result().version()).isEqualTo(1);
        assertThat(report.result().combined().respondents()).isEqualTo(12_000);
        assertThat(report.result().combined().index()).contains(new BigDecimal("88.89"));
        assertThat(report.result().minimumSample()).contains(80L);
        assertThat(report.result().belowMinimumSample()).isFalse();
    }

    @Test
    void oneBadRowAmongThousandsStoresNothingAndNamesRowAndColumn() {
        List<String> rows = new ArrayList<>(goodRows(3000));
        rows.set(1700, "Pelayanan Ketatausahaan;R1700;4;3;5;4;3;4;4;3;4");

        assertThatThrownBy(() -> run(file(HEADER, rows), ImportSurveyResponses.Mode.APPEND, false))
                .isInstanceOfSatisfying(RefusedFile.class, refused -> {
                    assertThat(refused.errorCount()).isEqualTo(1);
                    RefusedFile.FileError error = refused.errors().get(0);
                    assertThat(error.row()).isEqualTo(1702);
                    assertThat(error.column()).isEqualTo("U3");
                    assertThat(error.code()).isEqualTo("survey.answer-out-of-range");
                });
        // The batches already written are undone by the transaction: SurveyImportIT proves it on real databases.
        assertThat(store.results.latest(survey.id())).isEmpty();
    }

    @Test
    void reportsTheFirstHundredErrorsAndCountsTheRest() {
        List<String> rows = IntStream.range(0, 250)
                .mapToObj(i -> "Pelayanan Ketatausahaan;R;x;3;3;4;3;4;4;3;4")
                .toList();

        assertThatThrownBy(() -> run(file(HEADER, rows), ImportSurveyResponses.Mode.APPEND, false))
                .isInstanceOfSatisfying(RefusedFile.class, refused -> {
                    assertThat(refused.errors()).hasSize(100);
                    assertThat(refused.errorCount()).isEqualTo(250);
                });
    }

    @Test
    void readsColumnsByNameInAnyOrderWithAByteOrderMark() {
        String header = "\uFEFFU9;Sarana dan Prasarana;layanan"
                .replace("Sarana dan Prasarana", "Penanganan Pengaduan, Saran dan Masukan");
        String shuffled = "\uFEFFPerilaku Pelaksana;U1;u2;U3;U4;Produk Spesifikasi Jenis Pelayanan;U6;LAYANAN;"
                + "Penanganan Pengaduan, Saran dan Masukan;U9;Jenis Kelamin";
        ImportSurveyResponses.Report report = run(
                file(shuffled, List.of("1;4;4;4;4;4;4;Pelayanan Rumah Tangga;2;3;P")),
                ImportSurveyResponses.Mode.APPEND,
                false);

        IndexResult result = report.result().services().get(0).result();
        assertThat(header).isNotEmpty();
        assertThat(result.elements().get(6).sum()).as("U7 Perilaku Pelaksana").isEqualTo(1);
        assertThat(result.elements().get(7).sum()).as("U8 complaints").isEqualTo(2);
        assertThat(result.elements().get(8).sum()).as("U9 facilities").isEqualTo(3);
        assertThat(store.responses.of(survey.id()).get(0).sex()).isEqualTo("P");
    }

    @Test
    void refusesAFileWithoutAnElementColumnOrWithAnUnknownOne() {
        assertThatThrownBy(() -> run(
                        file("layanan;U1;U2;U3;U4;U5;U6;U7;U8;Kebersihan", goodRows(1)),
                        ImportSurveyResponses.Mode.APPEND,
                        false))
                .isInstanceOfSatisfying(
                        RefusedFile.class,
                        refused -> assertThat(refused.errors())
                                .extracting(RefusedFile.FileError::code)
                                .containsExactlyInAnyOrder("survey.column-unknown", "survey.column-missing"));
    }

    @Test
    void aNulInACellIsARefusedCellNamedByRowAndColumnNotAFailedStatement() {
        List<String> rows = new ArrayList<>(goodRows(3));
        rows.set(1, "Pelayanan Ketatausahaan;R\u00001;4;3;3;4;3;4;4;3;4");

        assertThatThrownBy(() -> run(file(HEADER, rows), ImportSurveyResponses.Mode.APPEND, false))
                .isInstanceOfSatisfying(RefusedFile.class, refused -> {
                    assertThat(refused.errorCount()).isEqualTo(1);
                    assertThat(refused.errors().get(0).row()).isEqualTo(3);
                    assertThat(refused.errors().get(0).column()).isEqualTo("responden");
                    assertThat(refused.errors().get(0).code()).isEqualTo("text.control-character");
                });
        assertThat(store.responses.batches).isZero();
    }

    @Test
    void aSurveyListingAServiceTwiceOrANullServiceIsRefusedByTheField() {
        assertThatThrownBy(() -> planWithServices(List.of("Layanan A", "Layanan A")))
                .isInstanceOfSatisfying(id.kinerja.domain.shared.RuleViolation.class, refused -> {
                    assertThat(refused.code()).isEqualTo("survey.duplicate-service");
                    assertThat(refused.field()).contains("services");
                });
        assertThatThrownBy(() -> planWithServices(Arrays.asList("Layanan A", null)))
                .isInstanceOfSatisfying(
                        id.kinerja.domain.shared.InvalidValue.class,
                        refused -> assertThat(refused.field()).contains("services[1]"));
        assertThatThrownBy(() -> planWithServices(List.of("s".repeat(501))))
                .isInstanceOfSatisfying(
                        id.kinerja.domain.shared.InvalidValue.class,
                        refused -> assertThat(refused.code()).isEqualTo("text.too-long"));
    }

    private static Survey planWithServices(List<String> services) {
        return Survey.plan(
                OrganizationUnitId.newId(),
                null,
                Year.of(2024),
                ReportingPeriod.ANNUAL,
                Methodology.PERMENPANRB_14_2017,
                WeightVariant.EXACT,
                ServiceCombination.POOLED,
                100L,
                services,
                Map.of());
    }

    @Test
    void refusesAServiceTheSurveyDoesNotCover() {
        assertThatThrownBy(() -> run(
                        file(HEADER, List.of("Pelayanan Parkir;R1;4;3;3;4;3;4;4;3;4")),
                        ImportSurveyResponses.Mode.APPEND,
                        false))
                .isInstanceOfSatisfying(
                        RefusedFile.class,
                        refused -> assertThat(refused.errors().get(0).column()).isEqualTo("layanan"));
    }

    @Test
    void aDryRunPreviewsAndStoresNothing() {
        ImportSurveyResponses.Report report = run(file(HEADER, goodRows(10)), ImportSurveyResponses.Mode.APPEND, true);

        assertThat(report.dryRun()).isTrue();
        assertThat(report.stored()).isZero();
        assertThat(report.result().combined().respondents()).isEqualTo(10);
        assertThat(store.responses.of(survey.id())).isEmpty();
        assertThat(store.results.latest(survey.id())).isEmpty();
    }

    @Test
    void aCorrectedFileMakesANewVersionAndTheEarlierStaysReadable() {
        run(file(HEADER, goodRows(10)), ImportSurveyResponses.Mode.APPEND, false);
        ImportSurveyResponses.Report corrected = run(
                file(HEADER, List.of("Pelayanan Rumah Tangga;R1;1;1;1;1;1;1;1;1;1")),
                ImportSurveyResponses.Mode.REPLACE,
                false);

        assertThat(corrected.result().version()).isEqualTo(2);
        assertThat(corrected.result().combined().index()).contains(new BigDecimal("25.00"));
        List<SurveyOutcome> history =
                new ReadSurveyResult(store.surveys, store.results, store.responses).history(survey.id());
        assertThat(history).extracting(SurveyOutcome::version).containsExactly(1, 2);
        assertThat(history.get(0).combined().index()).contains(new BigDecimal("88.89"));
    }

    @Test
    void theTalliesKeptAtImportAreWhatARecountOfTheStoredAnswersGives() {
        run(file(HEADER, goodRows(40)), ImportSurveyResponses.Mode.APPEND, false);
        run(
                file(HEADER, List.of("Pelayanan Rumah Tangga;R40;1;2;3;4;;2;3;4;1")),
                ImportSurveyResponses.Mode.APPEND,
                false);

        ReadSurveyResult read = new ReadSurveyResult(store.surveys, store.results, store.responses);
        SurveyOutcome kept = read.current(survey.id());
        SurveyOutcome recounted = read.recomputed(survey.id());

        assertThat(kept.combined()).isEqualTo(recounted.combined());
        assertThat(kept.version()).isEqualTo(2);
        assertThat(kept.combined().respondents()).isEqualTo(41);
        assertThat(store.results.latest(survey.id()).orElseThrow().profile().byAgeBand())
                .containsEntry(RespondentProfile.MISSING, 41L);
    }

    @Test
    void aServiceWhoseOnlyRespondentSkippedAnElementHasNoIndexButThePoolStill() {
        ImportSurveyResponses.Report report = run(
                file(
                        HEADER,
                        List.of(
                                "Pelayanan Ketatausahaan;R1;4;4;4;4;4;4;4;4;4",
                                "Pelayanan Rumah Tangga;R2;3;3;3;3;3;3;3;;3")),
                ImportSurveyResponses.Mode.APPEND,
                false);

        IndexResult household = report.result().services().stream()
                .filter(s -> s.service().equals("Pelayanan Rumah Tangga"))
                .findFirst()
                .orElseThrow()
                .result();
        assertThat(household.computable()).isFalse();
        assertThat(household.notComputableElement()).map(ServiceElement::code).contains("U8");
        assertThat(report.result().combined().computable()).isTrue();
        assertThat(report.result().belowMinimumSample()).isTrue();
    }

    @Test
    void refusesAFileNamingARespondentAlreadyStoredUnlessItReplacesTheResponses() {
        run(file(HEADER, goodRows(10)), ImportSurveyResponses.Mode.APPEND, false);
        ResponseFile again = file(
                HEADER,
                List.of(
                        "Pelayanan Rumah Tangga;R77;4;4;4;4;4;4;4;4;4",
                        goodRows(10).get(3)));

        assertThatThrownBy(() -> run(again, ImportSurveyResponses.Mode.APPEND, false))
                .isInstanceOfSatisfying(ConflictingState.class, refused -> {
                    assertThat(refused.code()).isEqualTo("survey.respondent-imported");
                    assertThat(refused.arguments().get(0)).isEqualTo("R3");
                });
        assertThatThrownBy(() -> run(again, ImportSurveyResponses.Mode.APPEND, true))
                .as("a dry run says so too")
                .isInstanceOf(ConflictingState.class);
        // the refused import's rows go with its transaction (the database's rollback, SurveyPersistenceIT); here
        // no result version counts them
        assertThat(store.results.latest(survey.id()).orElseThrow().version()).isEqualTo(1);

        ImportSurveyResponses.Report replaced = run(again, ImportSurveyResponses.Mode.REPLACE, false);
        assertThat(replaced.result().combined().respondents()).isEqualTo(2);
    }

    @Test
    void refusesTheSameFileByItsChecksumEvenWithoutRespondentIds() {
        ResponseFile anonymous =
                checksummed(file(HEADER, List.of("Pelayanan Rumah Tangga;;4;4;4;4;4;4;4;4;4")), "b".repeat(64));
        run(anonymous, ImportSurveyResponses.Mode.APPEND, false);

        assertThatThrownBy(() -> run(anonymous, ImportSurveyResponses.Mode.APPEND, false))
                .isInstanceOfSatisfying(
                        ConflictingState.class,
                        refused -> assertThat(refused.code()).isEqualTo("survey.file-imported"));
        assertThat(run(anonymous, ImportSurveyResponses.Mode.REPLACE, false).stored())
                .isEqualTo(1);
        assertThatThrownBy(() -> run(anonymous, ImportSurveyResponses.Mode.APPEND, false))
                .as("the replacing import is now the stored one")
                .isInstanceOf(ConflictingState.class);
    }

    @Test
    void warnsOfAPopulationSmallerThanTheRespondentsAndOfASecondSurveyOfTheIndicatorAndYear() {
        IndicatorId indicator = new IndicatorId(java.util.UUID.randomUUID());
        Survey first = store.surveys.save(plannedFor(indicator, 5L));
        ImportSurveyResponses.Report alone = importer.importFile(new ImportSurveyResponses.Command(
                "evaluator", first.id(), file(HEADER, goodRows(4)), ImportSurveyResponses.Mode.APPEND, false));
        assertThat(alone.warnings()).isEmpty();

        ImportSurveyResponses.Report more = importer.importFile(new ImportSurveyResponses.Command(
                "evaluator",
                first.id(),
                file(HEADER, goodRows(7).subList(4, 7)),
                ImportSurveyResponses.Mode.APPEND,
                true));
        assertThat(more.warnings())
                .extracting(id.kinerja.domain.shared.Warning::code)
                .containsExactly("survey.population-below-respondents");
        assertThat(more.warnings().get(0).arguments()).containsExactly(5L, 7L);

        Survey second = store.surveys.save(plannedFor(indicator, null));
        assertThat(new SurveyWarnings(store.surveys, store.results).of(second.id()))
                .extracting(id.kinerja.domain.shared.Warning::code)
                .containsExactly("survey.second-of-indicator-year");
        assertThat(new SurveyWarnings(store.surveys, store.results).of(first.id()))
                .extracting(id.kinerja.domain.shared.Warning::code)
                .containsExactly("survey.second-of-indicator-year");
    }

    /** A survey of the unit the evaluator serves, measuring the indicator. */
    private Survey plannedFor(IndicatorId indicator, Long population) {
        return Survey.plan(
                survey.unitId(),
                indicator,
                Year.of(2024),
                ReportingPeriod.ANNUAL,
                Methodology.PERMENPANRB_14_2017,
                WeightVariant.EXACT,
                ServiceCombination.POOLED,
                population,
                List.of("Pelayanan Ketatausahaan", "Pelayanan Rumah Tangga"),
                Map.of());
    }

    private static ResponseFile checksummed(ResponseFile lines, String sha256) {
        return new ResponseFile() {
            @Override
            public void readInto(RowHandler handler) {
                lines.readInto(handler);
            }

            @Override
            public java.util.Optional<String> sha256() {
                return java.util.Optional.of(sha256);
            }
        };
    }
}
