package id.kinerja.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.evaluation.YearClosures;
import id.kinerja.domain.fixtures.InMemoryEvaluation;
import id.kinerja.domain.fixtures.RegistryTestData;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.RegisterOrganizationUnit;
import id.kinerja.domain.organization.UnitType;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.satisfaction.WeightVariant;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.RefusedFile;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Transactions;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.RespondentProfile;
import id.kinerja.domain.survey.ResponseFile;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyImports;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.domain.survey.SurveyResponses;
import id.kinerja.domain.survey.SurveyResults;
import id.kinerja.domain.survey.Surveys;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Imports through the real use case on the database of this run: batches, sums in SQL, rollback. */
@MicronautTest(transactional = false)
class SurveyPersistenceIT {
    private static final String HEADER =
            "layanan;responden;tanggal;jenis_kelamin;usia;pendidikan;pekerjaan;" + "U1;U2;U3;U4;U5;U6;U7;U8;U9;saran";

    @Inject
    OrganizationUnits units;

    @Inject
    Surveys surveys;

    @Inject
    SurveyResponses responses;

    @Inject
    SurveyResults results;

    @Inject
    SurveyImports imports;

    @Inject
    Transactions transactions;

    @Inject
    id.kinerja.domain.user.UnitAssignments plannerAssignments;

    /** Who plans for which unit; the data here is built by an administrator, who plans for every unit. */
    private id.kinerja.domain.user.UnitStewardship stewards() {
        return new id.kinerja.domain.user.UnitStewardship(plannerAssignments, units);
    }

    @Inject
    YearClosures closures;

    private Survey survey;
    private ImportSurveyResponses importer;

    @BeforeEach
    void planSurvey() {
        OrganizationUnit unit = new RegisterOrganizationUnit(units, stewards(), transactions)
                .register(new RegisterOrganizationUnit.Command(
                        RegistryTestData.ADMINISTRATOR,
                        null,
                        new UnitProfile("Biro " + UUID.randomUUID(), null, UnitType.BIRO, List.of(), List.of())));
        survey = surveys.save(Survey.plan(
                unit.id(),
                null,
                Year.of(2024),
                ReportingPeriod.ANNUAL,
                Methodology.PERMENPANRB_14_2017,
                WeightVariant.EXACT,
                ServiceCombination.POOLED,
                null,
                List.of(),
                Map.of("U1", "Bagaimana pendapat Saudara tentang kesesuaian persyaratan?")));
        InMemoryEvaluation.Assignments assignments = new InMemoryEvaluation.Assignments();
        assignments.assign("evaluator", unit.id());
        importer = new ImportSurveyResponses(
                surveys, responses, results, assignments, units, closures, imports, transactions, Clock.systemUTC());
    }

    private static ResponseFile file(List<String> lines) {
        return handler -> {
            handler.header(Arrays.asList(HEADER.split(";", -1)));
            for (int i = 0; i < lines.size(); i++) {
                handler.row(
                        new ResponseFile.Row(i + 2, Arrays.asList(lines.get(i).split(";", -1))));
            }
        };
    }

    private static List<String> rows(int count) {
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String service = i % 3 == 0 ? "Pelayanan Rumah Tangga" : "Pelayanan Ketatausahaan";
            String u9 = i % 10 == 0 ? "" : "3";
            rows.add(service + ";R" + i + ";2024-0" + (1 + i % 9) + "-15;" + (i % 2 == 0 ? "L" : "P") + ";"
                    + (i % 7 == 0 ? "" : String.valueOf(18 + i % 50)) + ";S1;PNS;4;3;4;3;4;3;4;3;" + u9 + ";");
        }
        return rows;
    }

    @Test
    void importsInBatchesSumsInSqlAndKeepsTheSurveysNewServices() {
        ImportSurveyResponses.Report report = importer.importFile(new ImportSurveyResponses.Command(
                "evaluator", survey.id(), file(rows(2500)), ImportSurveyResponses.Mode.APPEND, false));

        SurveyOutcome outcome = new ReadSurveyResult(surveys, results, responses).current(survey.id());
        assertThat(report.stored()).isEqualTo(2500);
        assertThat(outcome.combined().respondents()).isEqualTo(2500);
        assertThat(outcome.combined().elements().get(8).answered()).isEqualTo(2250);
        // NRR 4,3,4,3,4,3,4,3,3 → Σ = 31 → 31 ÷ 9 × 25 = 86.111…
        assertThat(outcome.combined().index()).contains(new BigDecimal("86.11"));
        assertThat(outcome.services())
                .extracting(SurveyOutcome.ServiceOutcome::service)
                .containsExactly("Pelayanan Rumah Tangga", "Pelayanan Ketatausahaan");
        assertThat(surveys.get(survey.id()).services())
                .containsExactly("Pelayanan Rumah Tangga", "Pelayanan Ketatausahaan");
        assertThat(surveys.get(survey.id()).questions()).containsKey("U1");
        assertThat(new ReadSurveyResult(surveys, results, responses)
                        .recomputed(survey.id())
                        .combined())
                .as("the tallies kept at import are what the database counts")
                .isEqualTo(outcome.combined());
        RespondentProfile profile = results.latest(survey.id()).orElseThrow().profile();
        assertThat(profile.bySex()).containsEntry("L", 1250L).containsEntry("P", 1250L);
        assertThat(profile.byAgeBand().get(RespondentProfile.MISSING)).isEqualTo(358L);
        assertThat(profile.byEducation()).containsEntry("S1", 2500L);
    }

    @Test
    void aBadRowAfterSeveralWrittenBatchesLeavesNothingStored() {
        List<String> lines = rows(12_000);
        lines.set(11_000, lines.get(11_000).replace(";PNS;4;", ";PNS;7;"));

        assertThatThrownBy(() -> importer.importFile(new ImportSurveyResponses.Command(
                        "evaluator", survey.id(), file(lines), ImportSurveyResponses.Mode.APPEND, false)))
                .isInstanceOfSatisfying(RefusedFile.class, refused -> {
                    assertThat(refused.errors().get(0).row()).isEqualTo(11_002);
                    assertThat(refused.errors().get(0).column()).isEqualTo("U1");
                });
        assertThat(responses.tally(survey.id(), Methodology.PERMENPANRB_14_2017))
                .isEmpty();
        assertThat(results.latest(survey.id())).isEmpty();
        // the stream abandoned on PostgreSQL (its COPY cancelled before the rollback) leaves the connection usable
        assertThat(importer.importFile(new ImportSurveyResponses.Command(
                                "evaluator", survey.id(), file(rows(6000)), ImportSurveyResponses.Mode.APPEND, false))
                        .stored())
                .isEqualTo(6000);
    }

    @Test
    void aRespondentRepeatedWithinOneFileIsNoRespondentStoredBeforeWhateverBatchesItSpans() {
        List<String> lines = rows(7000);
        // R3 in the first batch of 5,000 and again in the second: the file's own rows are not "stored before"
        lines.set(6500, lines.get(6500).replace(";R6500;", ";R3;"));

        ImportSurveyResponses.Report report = importer.importFile(new ImportSurveyResponses.Command(
                "evaluator", survey.id(), file(lines), ImportSurveyResponses.Mode.APPEND, false));

        assertThat(report.stored()).isEqualTo(7000);
        assertThat(responses.tally(survey.id(), Methodology.PERMENPANRB_14_2017).stream()
                        .mapToLong(tally -> tally.respondents())
                        .sum())
                .isEqualTo(7000);
    }

    @Test
    void everyResultVersionReadsBackAsComputed() {
        importer.importFile(new ImportSurveyResponses.Command(
                "evaluator", survey.id(), file(rows(30)), ImportSurveyResponses.Mode.APPEND, false));
        importer.importFile(new ImportSurveyResponses.Command(
                "evaluator", survey.id(), file(rows(3)), ImportSurveyResponses.Mode.REPLACE, false));

        List<SurveyOutcome> history = new ReadSurveyResult(surveys, results, responses).history(survey.id());
        assertThat(history).extracting(SurveyOutcome::version).containsExactly(1, 2);
        assertThat(history.get(0).combined().respondents()).isEqualTo(30);
        assertThat(history.get(1).combined().respondents()).isEqualTo(3);
        assertThat(history.get(1).computedAt()).isAfterOrEqualTo(history.get(0).computedAt());
    }

    /** The same lines with a checksum, as the CSV and XLSX readers give it once they have read the file. */
    private static ResponseFile checksummed(List<String> lines, String sha256) {
        ResponseFile lines0 = file(lines);
        return new ResponseFile() {
            @Override
            public void readInto(RowHandler handler) {
                lines0.readInto(handler);
            }

            @Override
            public Optional<String> sha256() {
                return Optional.of(sha256);
            }
        };
    }

    @Test
    void aFileWhoseChecksumIsStoredIsRefusedNamingTheEarlierImportUnlessItReplaces() {
        String sha256 = "a".repeat(64);
        importer.importFile(new ImportSurveyResponses.Command(
                "evaluator",
                survey.id(),
                checksummed(rows(20), sha256),
                ImportSurveyResponses.Mode.APPEND,
                false,
                "skm-2024.csv"));
        // other respondent ids, same bytes by checksum: refused at the end, nothing of it stored
        List<String> renamed =
                rows(20).stream().map(row -> row.replace(";R", ";S")).toList();

        assertThatThrownBy(() -> importer.importFile(new ImportSurveyResponses.Command(
                        "evaluator",
                        survey.id(),
                        checksummed(renamed, sha256),
                        ImportSurveyResponses.Mode.APPEND,
                        false,
                        null)))
                .isInstanceOfSatisfying(ConflictingState.class, refused -> {
                    assertThat(refused.code()).isEqualTo("survey.file-imported");
                    assertThat(refused.arguments()).contains("skm-2024.csv", 20L, 1);
                });
        assertThat(results.latest(survey.id()).orElseThrow().version()).isEqualTo(1);

        ImportSurveyResponses.Report replaced = importer.importFile(new ImportSurveyResponses.Command(
                "evaluator",
                survey.id(),
                checksummed(renamed, sha256),
                ImportSurveyResponses.Mode.REPLACE,
                false,
                null));
        assertThat(replaced.result().combined().respondents()).isEqualTo(20);
        assertThat(imports.storedWithChecksum(survey.id(), sha256)).isPresent();
    }

    @Test
    void aFileNamingARespondentAlreadyStoredIsRefusedNamingTheImportThatStoredIt() {
        importer.importFile(new ImportSurveyResponses.Command(
                "evaluator",
                survey.id(),
                file(rows(6000)),
                ImportSurveyResponses.Mode.APPEND,
                false,
                "gelombang-1.xlsx"));
        List<String> overlapping = new ArrayList<>(
                rows(3).stream().map(row -> row.replace(";R", ";X")).toList());
        overlapping.add(rows(5999).get(5998));

        assertThatThrownBy(() -> importer.importFile(new ImportSurveyResponses.Command(
                        "evaluator", survey.id(), file(overlapping), ImportSurveyResponses.Mode.APPEND, false)))
                .isInstanceOfSatisfying(ConflictingState.class, refused -> {
                    assertThat(refused.code()).isEqualTo("survey.respondent-imported");
                    assertThat(refused.arguments()).contains("R5998", "gelombang-1.xlsx", 6000L);
                });
        assertThat(responses.tally(survey.id(), Methodology.PERMENPANRB_14_2017).stream()
                        .mapToLong(tally -> tally.respondents())
                        .sum())
                .isEqualTo(6000);
    }
}
