package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.kinerja.domain.fixtures.Fixtures;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo data loaded at start-up is the seed decree: every text the API gives back stands in the seed
 * document word for word, and every number is the one the document prints.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedDecreeRoundTripIT {
    @Inject
    EmbeddedServer server;

    private ApiClient api;
    private String token;
    private String seed;
    private JsonNode decree;

    @BeforeAll
    void readSeedAndDecree() throws IOException {
        api = new ApiClient(server.getURI());
        token = api.adminToken();
        seed = normalized(
                Files.readString(Fixtures.seed("keputusan-iku-biro-umum-kalbar-2024.txt"), StandardCharsets.UTF_8));
        JsonNode listed = api.seedDecree(token);
        decree = api.get("/api/v1/decrees/" + listed.path("id").asText(), token).json();
    }

    /** White space as the document's layout left it (line breaks, page breaks, tabs) does not count. */
    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private void assertInSeed(String text) {
        assertThat(seed).as("seed contains").contains(normalized(text));
    }

    private static List<String> texts(JsonNode clauses) {
        List<String> texts = new ArrayList<>();
        clauses.forEach(clause -> texts.add(clause.path("text").asText()));
        return texts;
    }

    @Test
    void headerSignatoryPlaceAndDateRoundTrip() {
        assertThat(decree.path("status").asText()).isEqualTo("ENACTED");
        assertThat(decree.path("enactedOn").asText()).isEqualTo("2024-01-03");
        assertInSeed("Pada Tanggal : " + decree.path("enactedOnText").asText());
        assertInSeed("Ditetapkan di " + decree.path("place").asText());
        assertInSeed("T E N T A N G " + decree.path("title").asText());
        assertInSeed("KEPUTUSAN " + decree.path("issuingOfficial").asText());
        assertThat(decree.path("number").asText()).isEqualTo("017.1/RO-UM/2024");
        assertInSeed("NOMOR ~~017~~.1/RO-UM/2024");
        assertInSeed(decree.path("signatory").path("position").asText() + " DINI EKA WAHYUNI");
        assertThat(decree.path("signatory").path("name").asText()).isEqualTo("DINI EKA WAHYUNI");
        assertThat(decree.path("effectiveDate").asText()).isEqualTo("2024-01-03");
    }

    @Test
    void everyConsiderationLegalBasisAndDecisionRoundTripsInOrder() {
        List<String> considerations = texts(decree.path("considerations"));
        List<String> legalBases = texts(decree.path("legalBases"));
        List<String> decisions = texts(decree.path("decisions"));

        assertThat(considerations).hasSize(3).allSatisfy(this::assertInSeed);
        assertThat(legalBases).hasSize(13).allSatisfy(this::assertInSeed);
        assertThat(decisions).hasSize(2).allSatisfy(this::assertInSeed);
        assertThat(seed.indexOf(normalized(considerations.get(0))))
                .isLessThan(seed.indexOf(normalized(considerations.get(2))));
        assertThat(seed.indexOf(normalized(legalBases.get(4))))
                .isLessThan(seed.indexOf(normalized(legalBases.get(12))));
        assertThat(decree.path("decisions").get(0).path("label").asText()).isEqualTo("KESATU");
        assertThat(decree.path("decisions").get(1).path("label").asText()).isEqualTo("KEDUA");
        assertThat(decree.path("considerations").get(2).path("label").asText()).isEqualTo("c");
        assertThat(decree.path("legalBases").get(12).path("label").asText()).isEqualTo("13");
    }

    @Test
    void unitHierarchyTaskAndTheSevenFunctionsRoundTrip() {
        JsonNode unit = api.get("/api/v1/units/" + decree.path("issuingUnitId").asText(), token)
                .json();

        assertInSeed("Nama Unit Organisasi : " + unit.path("name").asText());
        assertInSeed("Tugas : " + unit.path("tasks").get(0).asText());
        assertThat(unit.path("functions")).hasSize(7);
        unit.path("functions")
                .forEach(function -> assertInSeed("- " + function.path("letter").asText() + ". "
                        + function.path("text").asText()));
        JsonNode secretariat = api.get("/api/v1/units/" + unit.path("parentId").asText(), token)
                .json();
        JsonNode province = api.get(
                        "/api/v1/units/" + secretariat.path("parentId").asText(), token)
                .json();
        assertThat(secretariat.path("type").asText()).isEqualTo("SEKRETARIAT_DAERAH");
        assertThat(province.path("name").asText()).isEqualTo("PEMERINTAH PROVINSI KALIMANTAN BARAT");
        assertThat(province.path("parentId").isMissingNode()
                        || province.path("parentId").isNull())
                .isTrue();
    }

    @Test
    void theAnnexRowRoundTripsWithItsTargetsExactly() {
        ApiClient.Answer answer = api.get("/api/v1/decrees/" + decree.path("id").asText() + "/annex", token);
        JsonNode annex = answer.json();
        JsonNode row = annex.path("rows").get(0);

        assertThat(annex.path("years").toString()).isEqualTo("[2024,2025,2026]");
        assertThat(annex.path("rows")).hasSize(1);
        String annexLine = String.join(
                " ",
                "1.",
                row.path("objective").asText(),
                row.path("indicator").asText(),
                row.path("definition").asText(),
                row.path("formula").asText(),
                row.path("targets").get(0).path("display").asText(),
                row.path("targets").get(1).path("display").asText(),
                row.path("targets").get(2).path("display").asText(),
                row.path("dataSource").asText());
        assertInSeed(annexLine);
        assertThat(answer.body())
                .contains("\"value\":86,")
                .contains("\"value\":87.50,")
                .contains("\"value\":89.50,");
        assertThat(row.path("surveyedServices")).hasSize(4);
        row.path("surveyedServices").forEach(service -> assertInSeed(service.asText()));
        JsonNode indicator = api.get(
                        "/api/v1/indicators/" + row.path("indicatorId").asText(), token)
                .json();
        assertThat(indicator.path("kind").asText()).isEqualTo("SATISFACTION_INDEX");
        assertThat(indicator.path("serviceCombination").asText()).isEqualTo("POOLED");
        assertThat(indicator.path("targets").get(2).path("category").asText()).isEqualTo("Sangat Baik");
    }
}
