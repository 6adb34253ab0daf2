package id.kinerja.web;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.web.audit.AuditTrailController;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The audit trail says what a person did in words, not as an HTTP request: every write route the route matrix
 * knows has its words in Indonesian and in English. A new write route is classified in {@link WriteRouteMatrix}
 * and given its words ({@code audit.action.<method>.<path without ids>}) in both page bundles.
 */
class AuditWordsTest {
    @Test
    void anActionIsNamedByItsRouteWithoutIdsYearsOrQuery() {
        assertThat(AuditTrailController.actionKey("POST /indikator/58fa10a0-065f-43a2-bb88-eb8074ae458c/realisasi"))
                .isEqualTo("audit.action.post.indikator.realisasi");
        assertThat(AuditTrailController.actionKey(
                        "POST /api/v1/units/58fa10a0-065f-43a2-bb88-eb8074ae458c/years/2024/close?dryRun=true"))
                .isEqualTo("audit.action.post.api.v1.units.years.close");
        assertThat(AuditTrailController.actionKey("PUT /api/v1/indicators/{id}/targets/{year}"))
                .isEqualTo("audit.action.put.api.v1.indicators.targets");
    }

    @Test
    void everyWriteRouteHasItsWordsInBothLanguages() throws IOException {
        for (String language : List.of("id", "en")) {
            Properties words = new Properties();
            try (InputStream in = AuditWordsTest.class.getResourceAsStream("/i18n/pages_" + language + ".properties")) {
                words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            assertThat(WriteRouteMatrix.RULES.keySet())
                    .as("write routes without audit words in " + language)
                    .allSatisfy(route -> assertThat(words).containsKey(AuditTrailController.actionKey(route)));
        }
    }
}
