package id.kinerja.api.evaluation;

import id.kinerja.api.indicator.IndicatorResources.TargetResponse;
import id.kinerja.api.shared.WarningResponse;
import id.kinerja.api.shared.WrittenNumber;
import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.AttainmentScore;
import id.kinerja.domain.evaluation.CategoryCheck;
import id.kinerja.domain.evaluation.EvaluateAttainment;
import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.ObjectiveEvaluation;
import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.UnitEvaluation;
import id.kinerja.domain.evaluation.YearClosure;
import id.kinerja.domain.evaluation.YearFigure;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.http.problem.Messages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON shapes of realizations and evaluations. An attainment always names its state; only a computed
 * one has a percent, so that "not filled" can never be read as 0 % nor "not computable" as 100 %.
 */
public final class EvaluationResources {
    private EvaluationResources() {}

    /**
     * A realization: {@code value} is a JSON number (kept exactly as written), a string — words for a
     * qualitative indicator, otherwise a number read by the one Indonesian rule ("87,50", "1.500" is one
     * thousand five hundred; "87,5%" where the unit is a percentage; ADR 0015) — or {@code fromSurvey} names
     * the survey whose published IKM it is.
     */
    @Serdeable
    public record RealizationRequest(
            @Nullable Integer year,
            @Nullable ReportingPeriod period,
            @Nullable WrittenNumber value,
            @Nullable UUID fromSurvey,
            @Nullable @Size(max = 8000) String supportingFactors,
            @Nullable @Size(max = 8000) String inhibitingFactors,
            @Nullable @Size(max = 8000) String followUp,
            @Nullable Long version) {

        Realization.Narrative narrative() {
            return new Realization.Narrative(supportingFactors, inhibitingFactors, followUp);
        }

        /** The value when a JSON number was sent. */
        BigDecimal amount() {
            return value == null ? null : value.number();
        }

        /** The value when a string was sent: words, or a number the domain reads knowing the indicator. */
        String text() {
            return value == null || value.written() == null || value.written().isBlank() ? null : value.written();
        }
    }

    /** A step of the review: the version read, and the reason where the step needs one. */
    @Serdeable
    public record ReviewStep(
            @NotNull Long version,
            @Nullable @Size(max = 2000) String reason) {}

    @Serdeable
    public record LinkRequest(
            @Nullable @Size(max = 500) String title,
            @NotBlank @Size(max = 2000) String url) {}

    @Serdeable
    public record YearChange(@Nullable @Size(max = 2000) String reason) {}

    @Serdeable
    public record Source(String kind, @Nullable String reference) {}

    @Serdeable
    public record Review(
            String outcome, String by, Instant at, @Nullable String reason) {}

    @Serdeable
    public record EvidenceResponse(
            UUID id,
            String title,
            String kind,
            @Nullable String fileName,
            @Nullable String mediaType,
            @Nullable Long size,
            @Nullable String sha256,
            @Nullable String url,
            @Nullable String download,
            String addedBy,
            Instant addedAt) {
        public static EvidenceResponse of(Evidence evidence) {
            return new EvidenceResponse(
                    evidence.id(),
                    evidence.title(),
                    evidence.isFile() ? "FILE" : "LINK",
                    evidence.fileName(),
                    evidence.mediaType(),
                    evidence.size(),
                    evidence.sha256(),
                    evidence.url(),
                    evidence.isFile()
                            ? "/api/v1/realizations/" + evidence.realizationId() + "/evidence/" + evidence.id()
                            : null,
                    evidence.addedBy(),
                    evidence.addedAt());
        }
    }

    @Serdeable
    public record RealizationResponse(
            UUID id,
            UUID indicatorId,
            int year,
            ReportingPeriod period,
            @Nullable BigDecimal value,
            @Nullable String text,
            Source source,
            @Nullable String supportingFactors,
            @Nullable String inhibitingFactors,
            @Nullable String followUp,
            String status,
            @Nullable Review lastReview,
            @Nullable UUID corrects,
            @Nullable String correctionReason,
            List<EvidenceResponse> evidence,
            long version,
            List<WarningResponse> warnings) {
        /** The realization with what is worth a second look in it (a value below zero). */
        public RealizationResponse withWarnings(List<WarningResponse> found) {
            return new RealizationResponse(
                    id,
                    indicatorId,
                    year,
                    period,
                    value,
                    text,
                    source,
                    supportingFactors,
                    inhibitingFactors,
                    followUp,
                    status,
                    lastReview,
                    corrects,
                    correctionReason,
                    evidence,
                    version,
                    found);
        }

        public static RealizationResponse of(Realization realization, List<Evidence> evidence) {
            return new RealizationResponse(
                    realization.id().value(),
                    realization.indicatorId().value(),
                    realization.year().value(),
                    realization.period(),
                    realization.value().amount(),
                    realization.value().text(),
                    new Source(
                            realization.value().source().kind().name(),
                            realization.value().source().reference()),
                    realization.narrative().supporting(),
                    realization.narrative().inhibiting(),
                    realization.narrative().followUp(),
                    realization.status().name(),
                    realization
                            .lastReview()
                            .map(r -> new Review(r.outcome().name(), r.by(), r.at(), r.reason()))
                            .orElse(null),
                    realization.correction().map(c -> c.corrects().value()).orElse(null),
                    realization.correction().map(Realization.Correction::reason).orElse(null),
                    evidence.stream()
                            .filter(e -> e.realizationId().equals(realization.id()))
                            .map(EvidenceResponse::of)
                            .toList(),
                    realization.version(),
                    List.of());
        }
    }

    /** A realization with every version of its period, the first recorded first. */
    @Serdeable
    public record RealizationDetail(RealizationResponse realization, List<RealizationResponse> versions) {}

    /** Why a figure is not a number, in both languages. */
    @Serdeable
    public record Reason(String code, Messages.Bilingual messages) {}

    /**
     * State COMPUTED (percent), QUALITATIVE (achieved), NOT_FILLED, NOT_APPLICABLE or NOT_COMPUTABLE (reason).
     */
    @Serdeable
    public record AttainmentResponse(
            String state,
            @Nullable BigDecimal percent,
            @Nullable Boolean achieved,
            @Nullable Reason reason,
            ExplanationResponse explanation) {
        static AttainmentResponse of(Attainment attainment, Messages texts) {
            ExplanationResponse explanation = ExplanationResponse.of(attainment.explanation(), texts);
            if (attainment instanceof Attainment.Computed computed) {
                return new AttainmentResponse("COMPUTED", computed.percent(), null, null, explanation);
            }
            if (attainment instanceof Attainment.Qualitative qualitative) {
                return new AttainmentResponse("QUALITATIVE", null, qualitative.achieved(), null, explanation);
            }
            if (attainment instanceof Attainment.NotFilled) {
                return new AttainmentResponse("NOT_FILLED", null, null, null, explanation);
            }
            if (attainment instanceof Attainment.NotApplicable) {
                return new AttainmentResponse("NOT_APPLICABLE", null, null, null, explanation);
            }
            Attainment.NotComputable notComputable = (Attainment.NotComputable) attainment;
            return new AttainmentResponse(
                    "NOT_COMPUTABLE",
                    null,
                    null,
                    new Reason(
                            notComputable.reasonCode(),
                            texts.render(notComputable.reasonCode(), notComputable.arguments())),
                    explanation);
        }
    }

    /** The year's value: KNOWN with the value, or MISSING, or INCOMPLETE with the reason. */
    @Serdeable
    public record YearlyValueResponse(
            String state,
            @Nullable BigDecimal value,
            @Nullable String text,
            @Nullable Boolean verified,
            @Nullable Reason reason,
            ExplanationResponse explanation) {
        static YearlyValueResponse of(YearlyValue value, Messages texts) {
            ExplanationResponse explanation = ExplanationResponse.of(value.explanation(), texts);
            if (value instanceof YearlyValue.Known known) {
                return new YearlyValueResponse(
                        "KNOWN", known.amount(), known.text(), known.verified(), null, explanation);
            }
            if (value instanceof YearlyValue.Incomplete incomplete) {
                return new YearlyValueResponse(
                        "INCOMPLETE",
                        null,
                        null,
                        null,
                        new Reason(
                                incomplete.reasonCode(), texts.render(incomplete.reasonCode(), incomplete.arguments())),
                        explanation);
            }
            return new YearlyValueResponse("MISSING", null, null, null, null, explanation);
        }
    }

    /**
     * The promised and reached grades by their regulation terms in Indonesian ("Baik", as targets write
     * them), their letters, both labels in both languages, and the methodology the grade was read under.
     */
    @Serdeable
    public record CategoryCheckResponse(
            String promised,
            String reached,
            String promisedGrade,
            String reachedGrade,
            Messages.Bilingual promisedLabel,
            Messages.Bilingual reachedLabel,
            boolean met,
            String methodology,
            ExplanationResponse explanation) {
        static CategoryCheckResponse of(CategoryCheck check, Messages texts) {
            return new CategoryCheckResponse(
                    texts.label(check.promised(), Messages.INDONESIAN),
                    texts.label(check.reached(), Messages.INDONESIAN),
                    check.promised().name(),
                    check.reached().name(),
                    texts.label(check.promised()),
                    texts.label(check.reached()),
                    check.met(),
                    check.methodology().name(),
                    ExplanationResponse.of(check.explanation(), texts));
        }
    }

    @Serdeable
    public record PeriodResponse(
            UUID id,
            ReportingPeriod period,
            @Nullable BigDecimal value,
            @Nullable String text,
            String status) {
        static PeriodResponse of(Realization realization) {
            return new PeriodResponse(
                    realization.id().value(),
                    realization.period(),
                    realization.value().amount(),
                    realization.value().text(),
                    realization.status().name());
        }
    }

    @Serdeable
    public record YearResponse(
            int year,
            @Nullable TargetResponse target,
            List<PeriodResponse> periods,
            YearlyValueResponse realization,
            AttainmentResponse attainment,
            @Nullable String rating,
            @Nullable CategoryCheckResponse categoryCheck) {
        static YearResponse of(YearFigure figure, Messages texts) {
            return new YearResponse(
                    figure.year().value(),
                    figure.target().map(TargetResponse::of).orElse(null),
                    figure.periods().stream().map(PeriodResponse::of).toList(),
                    YearlyValueResponse.of(figure.value(), texts),
                    AttainmentResponse.of(figure.attainment(), texts),
                    figure.rating().orElse(null),
                    figure.categoryCheck()
                            .map(check -> CategoryCheckResponse.of(check, texts))
                            .orElse(null));
        }
    }

    @Serdeable
    public record EndOfPlanResponse(TargetResponse target, AttainmentResponse attainment) {}

    @Serdeable
    public record IndicatorEvaluationResponse(
            UUID id,
            @Nullable String code,
            String name,
            @Nullable String unitOfMeasure,
            String kind,
            String polarity,
            @Nullable String lowerIsBetterRule,
            String frequency,
            String rollup,
            YearResponse evaluation,
            List<YearResponse> previousYears,
            @Nullable EndOfPlanResponse endOfPlan) {
        static IndicatorEvaluationResponse of(IndicatorEvaluation evaluation, Messages texts) {
            var definition = evaluation.indicator().definition();
            return new IndicatorEvaluationResponse(
                    evaluation.indicator().id().value(),
                    definition.code(),
                    definition.name(),
                    definition.unitOfMeasure(),
                    definition.kind().name(),
                    definition.polarity().name(),
                    Optional.ofNullable(definition.lowerIsBetterRule())
                            .map(Enum::name)
                            .orElse(null),
                    definition.frequency().name(),
                    definition.rollup().name(),
                    YearResponse.of(evaluation.year(), texts),
                    evaluation.previousYears().stream()
                            .map(year -> YearResponse.of(year, texts))
                            .toList(),
                    evaluation
                            .endOfPlan()
                            .map(end -> new EndOfPlanResponse(
                                    TargetResponse.of(end.target()), AttainmentResponse.of(end.attainment(), texts)))
                            .orElse(null));
        }
    }

    @Serdeable
    public record ScoreResponse(
            @Nullable BigDecimal percent,
            @Nullable String rating,
            String rule,
            String cap,
            int averaged,
            int notFilled,
            int notApplicable,
            int notComputable,
            int qualitativeAchieved,
            int qualitativeNotAchieved,
            ExplanationResponse explanation) {
        static ScoreResponse of(AttainmentScore score, Messages texts) {
            return new ScoreResponse(
                    score.percent().orElse(null),
                    score.rating().orElse(null),
                    score.rule().name(),
                    score.cap().name(),
                    score.averaged(),
                    score.notFilled(),
                    score.notApplicable(),
                    score.notComputable(),
                    score.qualitativeAchieved(),
                    score.qualitativeNotAchieved(),
                    ExplanationResponse.of(score.explanation(), texts));
        }
    }

    @Serdeable
    public record ObjectiveEvaluationResponse(
            UUID id, String code, String statement, List<IndicatorEvaluationResponse> indicators, ScoreResponse score) {
        static ObjectiveEvaluationResponse of(ObjectiveEvaluation evaluation, Messages texts) {
            return new ObjectiveEvaluationResponse(
                    evaluation.objective().id().value(),
                    evaluation.objective().code(),
                    evaluation.objective().statement(),
                    evaluation.indicators().stream()
                            .map(indicator -> IndicatorEvaluationResponse.of(indicator, texts))
                            .toList(),
                    ScoreResponse.of(evaluation.score(), texts));
        }
    }

    @Serdeable
    public record ClosureResponse(
            UUID unitId,
            int year,
            boolean closed,
            @Nullable String changedBy,
            @Nullable Instant changedAt,
            @Nullable String reason,
            long version) {
        public static ClosureResponse of(YearClosure closure) {
            return new ClosureResponse(
                    closure.unitId().value(),
                    closure.year().value(),
                    closure.closed(),
                    closure.changedBy(),
                    closure.changedAt(),
                    closure.reason(),
                    closure.version());
        }
    }

    @Serdeable
    public record DecreeReference(UUID id, String number, String status) {}

    @Serdeable
    public record UnitEvaluationResponse(
            UUID unitId,
            String unitName,
            int year,
            @Nullable DecreeReference decree,
            String ratingScale,
            ClosureResponse closure,
            ScoreResponse score,
            List<ObjectiveEvaluationResponse> objectives,
            TargetBasisResponse targetBasis,
            @Nullable java.time.LocalDate asOf,
            @Nullable Long auditPosition,
            @Nullable LkjipBudgetResponse budgetRealization) {
        /** The LKjIP's answer: the evaluation with Bab III B (issue 13, item 2), absent while there is no PK. */
        UnitEvaluationResponse withBudget(LkjipBudgetResponse budget) {
            return new UnitEvaluationResponse(
                    unitId,
                    unitName,
                    year,
                    decree,
                    ratingScale,
                    closure,
                    score,
                    objectives,
                    targetBasis,
                    asOf,
                    auditPosition,
                    budget);
        }

        static UnitEvaluationResponse of(UnitEvaluation evaluation, Messages texts) {
            return of(evaluation, texts, null);
        }

        /**
         * An evaluation drawn as of a past day (ADR 0031) echoes the day and the place in the audit chain of the
         * last line recorded by its end, where an auditor walks the trail to.
         */
        static UnitEvaluationResponse of(UnitEvaluation evaluation, Messages texts, @Nullable Long auditPosition) {
            return new UnitEvaluationResponse(
                    evaluation.unit().id().value(),
                    evaluation.unit().profile().name(),
                    evaluation.year().value(),
                    evaluation
                            .decree()
                            .map(decree -> new DecreeReference(
                                    decree.id().value(),
                                    decree.content().number().value(),
                                    decree.status().name()))
                            .orElse(null),
                    evaluation.scale().name(),
                    ClosureResponse.of(evaluation.closure()),
                    ScoreResponse.of(evaluation.score(), texts),
                    evaluation.objectives().stream()
                            .map(objective -> ObjectiveEvaluationResponse.of(objective, texts))
                            .toList(),
                    TargetBasisResponse.of(evaluation.targetSource(), texts),
                    evaluation.asOf().orElse(null),
                    auditPosition,
                    null);
        }
    }

    /**
     * Which targets the year was measured against (issue 13): the signed PK's (its version and signing date) or
     * the IKU's, whether it was asked for or the default, and the sentence the report prints.
     */
    @Serdeable
    public record TargetBasisResponse(
            String basis,
            @Nullable Integer agreementVersion,
            @Nullable java.time.LocalDate signedOn,
            boolean requested,
            Messages.Bilingual explanation) {
        static TargetBasisResponse of(id.kinerja.domain.evaluation.TargetSource source, Messages texts) {
            Messages.Bilingual explanation = source.basis() == id.kinerja.domain.evaluation.TargetBasis.AGREEMENT
                    ? texts.render(
                            "attainment.basis.agreement",
                            List.of(
                                    source.agreementVersion().orElse(0),
                                    source.signedOn()
                                            .map(id.kinerja.domain.shared.IndonesianDate::format)
                                            .orElse("")))
                    : texts.render("attainment.basis.iku", List.of());
            return new TargetBasisResponse(
                    source.basis().name(),
                    source.agreementVersion().orElse(null),
                    source.signedOn().orElse(null),
                    source.requested(),
                    explanation);
        }
    }

    @Serdeable
    public record IndicatorHistoryResponse(
            UUID id, String name, UUID objectiveId, int firstYear, int lastYear, List<YearResponse> years) {
        static IndicatorHistoryResponse of(EvaluateAttainment.IndicatorHistory history, Messages texts) {
            return new IndicatorHistoryResponse(
                    history.indicator().id().value(),
                    history.indicator().definition().name(),
                    history.objective().id().value(),
                    history.plan().firstYear().value(),
                    history.plan().lastYear().value(),
                    history.years().stream()
                            .map(year -> YearResponse.of(year, texts))
                            .toList());
        }
    }

    @Serdeable
    public record BandBody(
            @Nullable WrittenNumber from,
            @NotBlank @Size(max = 200) String label) {}

    @Serdeable
    public record RatingScaleBody(
            @NotBlank @Size(max = 200) String name, @NotNull List<@NotNull @Valid BandBody> bands) {
        RatingScale toScale() {
            return new RatingScale(
                    name.strip(),
                    bands.stream()
                            .map(band -> new RatingScale.Band(
                                    band.from() == null ? null : band.from().read("bands.from"), band.label()))
                            .toList());
        }

        public static RatingScaleBody of(RatingScale scale) {
            return new RatingScaleBody(
                    scale.name(),
                    scale.bands().stream()
                            .map(band -> new BandBody(
                                    band.from() == null ? null : WrittenNumber.of(band.from()), band.label()))
                            .toList());
        }
    }
}
