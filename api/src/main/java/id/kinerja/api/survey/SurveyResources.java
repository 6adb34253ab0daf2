package id.kinerja.api.survey;

import id.kinerja.api.shared.WarningResponse;
import id.kinerja.domain.satisfaction.IndexResult;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.satisfaction.WeightVariant;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.survey.ImportSurveyResponses;
import id.kinerja.domain.survey.RespondentProfile;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.http.problem.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of surveys and their results. IKM and NRR figures travel as decimals. */
public final class SurveyResources {
    /** Labels of grades; Messages only reads the bundles, so one instance serves every response. */
    private static final Messages TEXTS = new Messages();

    private SurveyResources() {}

    @Serdeable
    public record SurveyRequest(
            @NotNull UUID unitId,
            @Nullable UUID indicatorId,
            @NotNull Integer year,
            @Nullable ReportingPeriod period,
            @NotNull Methodology methodology,
            @Nullable WeightVariant weightVariant,
            @Nullable ServiceCombination combination,
            @Nullable @Positive Long population,
            @Nullable List<@NotBlank String> services,
            @Nullable Map<String, String> questions) {}

    @Serdeable
    public record SurveyResponse(
            UUID id,
            UUID unitId,
            @Nullable UUID indicatorId,
            int year,
            ReportingPeriod period,
            Methodology methodology,
            WeightVariant weightVariant,
            ServiceCombination combination,
            @Nullable Long population,
            List<String> services,
            Map<String, String> questions,
            long version,
            @Nullable List<WarningResponse> warnings) {

        public static SurveyResponse of(Survey survey) {
            return of(survey, null);
        }

        /** With what is worth a second look: another survey of the indicator and year, a small population. */
        public static SurveyResponse of(Survey survey, @Nullable List<WarningResponse> warnings) {
            return new SurveyResponse(
                    survey.id().value(),
                    survey.unitId().value(),
                    survey.indicatorId().map(id -> id.value()).orElse(null),
                    survey.year().value(),
                    survey.period(),
                    survey.methodology(),
                    survey.weight(),
                    survey.combination(),
                    survey.population().orElse(null),
                    survey.services(),
                    survey.questions(),
                    survey.version(),
                    warnings);
        }
    }

    @Serdeable
    public record ElementBody(
            String code,
            String name,
            long sum,
            long answered,
            @Nullable BigDecimal nrr,
            @Nullable String grade) {}

    /**
     * An index with its explanation. {@code state} is COMPUTED or NOT_COMPUTABLE, never a number standing
     * in for a missing one; {@code notComputableElement} says which element nobody answered.
     */
    @Serdeable
    public record IndexBody(
            long respondents,
            String state,
            @Nullable BigDecimal ikm,
            @Nullable String grade,
            @Nullable Messages.Bilingual label,
            @Nullable ElementBody notComputableElement,
            List<ElementBody> elements) {

        /** The same figures marked as entered from a report, not computed (ADR 0035). */
        IndexBody reported() {
            return new IndexBody(respondents, "REPORTED", ikm, grade, label, notComputableElement, elements);
        }

        static IndexBody of(IndexResult result) {
            List<ElementBody> elements = result.elements().stream()
                    .map(element -> new ElementBody(
                            element.element().code(),
                            element.element().name(),
                            element.sum(),
                            element.answered(),
                            element.nrr().orElse(null),
                            element.grade().map(Enum::name).orElse(null)))
                    .toList();
            ElementBody missing = result.notComputableElement()
                    .map(element -> elements.stream()
                            .filter(body -> body.code().equals(element.code()))
                            .findFirst()
                            .orElse(new ElementBody(element.code(), element.name(), 0, 0, null, null)))
                    .orElse(null);
            return new IndexBody(
                    result.respondents(),
                    result.computable() ? "COMPUTED" : "NOT_COMPUTABLE",
                    result.index().orElse(null),
                    result.grade().map(Enum::name).orElse(null),
                    result.grade().map(TEXTS::label).orElse(null),
                    missing,
                    elements);
        }
    }

    @Serdeable
    public record ServiceBody(String service, IndexBody result) {}

    @Serdeable
    public record ProfileBody(
            Map<String, Long> bySex,
            Map<String, Long> byAgeBand,
            Map<String, Long> byEducation,
            Map<String, Long> byOccupation) {
        static ProfileBody of(RespondentProfile profile) {
            return new ProfileBody(profile.bySex(), profile.byAgeBand(), profile.byEducation(), profile.byOccupation());
        }
    }

    /**
     * A survey's result version: how it was computed (methodology, weight — {@code null} for the exact 1/n —
     * and the rule combining services), the combined index and each service's.
     */
    @Serdeable
    public record ResultResponse(
            UUID surveyId,
            int version,
            @Nullable Instant computedAt,
            Methodology methodology,
            WeightVariant weightVariant,
            @Nullable BigDecimal weight,
            ServiceCombination combination,
            @Nullable Long minimumSample,
            boolean belowMinimumSample,
            IndexBody combined,
            List<ServiceBody> services,
            @Nullable ProfileBody profile,
            String origin,
            @Nullable ReportedResources.ReportedBody reported,
            @Nullable ProvisionalBody provisional) {

        /** The same result with the online collection's provisional one beside it (issue 16). */
        public ResultResponse withProvisional(@Nullable ProvisionalBody body) {
            return new ResultResponse(
                    surveyId,
                    version,
                    computedAt,
                    methodology,
                    weightVariant,
                    weight,
                    combination,
                    minimumSample,
                    belowMinimumSample,
                    combined,
                    services,
                    profile,
                    origin,
                    reported,
                    body);
        }

        public static ResultResponse of(SurveyOutcome outcome, boolean withProfile) {
            Survey survey = outcome.survey();
            return new ResultResponse(
                    survey.id().value(),
                    outcome.version(),
                    outcome.version() == 0 ? null : outcome.computedAt(),
                    survey.methodology(),
                    survey.weight(),
                    survey.weight().literal().orElse(null),
                    survey.combination(),
                    outcome.minimumSample().orElse(null),
                    outcome.belowMinimumSample(),
                    outcome.isReported()
                            ? IndexBody.of(outcome.combined()).reported()
                            : IndexBody.of(outcome.combined()),
                    outcome.services().stream()
                            .map(service -> new ServiceBody(service.service(), IndexBody.of(service.result())))
                            .toList(),
                    withProfile ? ProfileBody.of(outcome.profile()) : null,
                    outcome.isReported() ? "REPORTED" : "COMPUTED",
                    outcome.reported()
                            .map(figures -> ReportedResources.ReportedBody.of(survey, figures))
                            .orElse(null),
                    null);
        }
    }

    @Serdeable
    public record ImportResponse(
            long rowsRead, long stored, boolean dryRun, ResultResponse result, List<WarningResponse> warnings) {
        public static ImportResponse of(ImportSurveyResponses.Report report, Messages texts) {
            return new ImportResponse(
                    report.rowsRead(),
                    report.stored(),
                    report.dryRun(),
                    ResultResponse.of(report.result(), true),
                    WarningResponse.of(report.warnings(), texts));
        }
    }

    /** The realization an indicator gets from a survey: the published IKM and the way back to it. */
    @Serdeable
    public record SurveyRealization(
            int year,
            ReportingPeriod period,
            String source,
            UUID surveyId,
            int resultVersion,
            Instant computedAt,
            String state,
            @Nullable BigDecimal value,
            @Nullable String grade,
            @Nullable Messages.Bilingual label,
            Methodology methodology,
            WeightVariant weightVariant,
            ServiceCombination combination,
            long respondents) {

        static SurveyRealization of(SurveyOutcome outcome) {
            IndexBody index = outcome.isReported()
                    ? IndexBody.of(outcome.combined()).reported()
                    : IndexBody.of(outcome.combined());
            Survey survey = outcome.survey();
            return new SurveyRealization(
                    survey.year().value(),
                    survey.period(),
                    outcome.isReported() ? "REPORTED_SURVEY" : "SURVEY",
                    survey.id().value(),
                    outcome.version(),
                    outcome.computedAt(),
                    index.state(),
                    index.ikm(),
                    index.grade(),
                    index.label(),
                    survey.methodology(),
                    survey.weight(),
                    survey.combination(),
                    index.respondents());
        }
    }

    // The public SKM questionnaire (issue 16)
    /**
     * While a survey's online collection is open: the result with the answers that came in and are not yet
     * counted into a version, computed by the same engine; {@code provisional} is always true, so that no one
     * mistakes it for a result version.
     */
    @Serdeable
    public record ProvisionalBody(
            boolean provisional,
            long pendingAnswers,
            IndexBody combined,
            List<ServiceBody> services,
            @Nullable Long minimumSample,
            boolean belowMinimumSample) {
        public static ProvisionalBody of(SurveyOutcome outcome, long pendingAnswers) {
            return new ProvisionalBody(
                    true,
                    pendingAnswers,
                    IndexBody.of(outcome.combined()),
                    outcome.services().stream()
                            .map(service -> new ServiceBody(service.service(), IndexBody.of(service.result())))
                            .toList(),
                    outcome.minimumSample().orElse(null),
                    outcome.belowMinimumSample());
        }
    }
}
