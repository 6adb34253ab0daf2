package id.kinerja.api.survey;

import id.kinerja.domain.satisfaction.ReportRounding;
import id.kinerja.domain.satisfaction.ReproducedIndex;
import id.kinerja.domain.survey.ReportedSurveyResult;
import id.kinerja.domain.survey.Survey;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The JSON shape of a survey result entered from a report (ADR 0035). */
public final class ReportedResources {
    private ReportedResources() {}

    /**
     * What the report gave and what Kinerja made of it: the printed IKM reproduced with the report's rounding,
     * the exact IKM from the same NRRs, and their difference (all absent for an IKM entered alone).
     */
    @Serdeable
    public record ReportedBody(
            String origin,
            String reportTitle,
            ReportRounding rounding,
            List<ElementNrr> elements,
            @Nullable BigDecimal printedIndex,
            @Nullable BigDecimal reproducedIndex,
            @Nullable BigDecimal exactIndex,
            @Nullable BigDecimal difference,
            @Nullable Long respondents,
            ReportFileBody report,
            String recordedBy,
            Instant recordedAt) {

        static ReportedBody of(Survey survey, ReportedSurveyResult result) {
            Optional<ReproducedIndex> reproduction = result.reproduction(survey.methodology(), survey.weight());
            return new ReportedBody(
                    "REPORTED",
                    result.reportTitle(),
                    result.rounding(),
                    survey.methodology().elements().stream()
                            .filter(element -> result.elementNrrs().containsKey(element.code()))
                            .map(element -> new ElementNrr(
                                    element.code(),
                                    element.name(),
                                    result.elementNrrs().get(element.code())))
                            .toList(),
                    result.printedIndex().orElse(null),
                    reproduction.map(ReproducedIndex::reproduced).orElse(null),
                    reproduction.map(ReproducedIndex::exact).orElse(null),
                    reproduction.map(ReproducedIndex::difference).orElse(null),
                    result.respondents().orElse(null),
                    new ReportFileBody(
                            result.report().fileName(),
                            result.report().mediaType(),
                            result.report().size(),
                            result.report().sha256(),
                            "/api/v1/surveys/" + survey.id() + "/reported-results/" + result.version() + "/report"),
                    result.recordedBy(),
                    result.recordedAt());
        }
    }

    @Serdeable
    public record ElementNrr(String code, String name, BigDecimal nrr) {}

    @Serdeable
    public record ReportFileBody(String fileName, String mediaType, long size, String sha256, String href) {}
}
