package id.kinerja.web.realization;

import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.ReadRealizations;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.RealizationWarnings;
import id.kinerja.domain.evaluation.RecordRealization;
import id.kinerja.domain.evaluation.ReviewRealization;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.domain.user.ReadUsers;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Words;
import id.kinerja.web.page.WrittenValues;
import id.kinerja.web.realization.RealizationView.Choice;
import id.kinerja.web.realization.RealizationView.EvidenceRow;
import id.kinerja.web.realization.RealizationView.SurveyLink;
import id.kinerja.web.realization.RealizationView.VersionRow;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.UUID;

/** The realization's page as shown after a visit or a refused form, which its two controllers share. */
@Singleton
class RealizationPage {
    private final ReadRealizations realizations;
    private final ReadIndicators indicators;
    private final ReadUsers users;
    private final ReadSurveyResult surveys;
    private final RecordRealization record;
    private final ReviewRealization review;
    private final Words words;

    RealizationPage(
            ReadRealizations realizations,
            ReadIndicators indicators,
            ReadUsers users,
            ReadSurveyResult surveys,
            RecordRealization record,
            ReviewRealization review,
            Words words) {
        this.record = record;
        this.review = review;
        this.users = users;
        this.realizations = realizations;
        this.indicators = indicators;
        this.surveys = surveys;
        this.words = words;
    }

    ModelAndView<RealizationView> show(UUID id, Authentication authentication, RevisionForm typed, Refusal refusal) {
        Realization realization = realizations.get(new RealizationId(id));
        boolean open = realization.status() == ReviewStatus.DRAFT || realization.status() == ReviewStatus.RETURNED;
        // the form takes the value back as it reads numbers (87,50 or 1.500); the page shows it the reader's way
        String typable = WrittenValues.shown(realization);
        String value = words.written(typable);
        Realization.Source source = realization.value().source();
        return new ModelAndView<>(
                "realization",
                new RealizationView(
                        id,
                        realization.version(),
                        realization.year().value(),
                        words.label(realization.period()),
                        realization.indicatorId().value(),
                        indicators.get(realization.indicatorId()).definition().name(),
                        value,
                        words.label(source.kind()),
                        words.label(realization.status()),
                        realization
                                .lastReview()
                                .map(review -> words.label(review.outcome()) + " · "
                                        + users.displayNamesOf(List.of(review.by()))
                                                .getOrDefault(review.by(), review.by())
                                        + (review.reason() == null ? "" : ": " + review.reason()))
                                .orElse(null),
                        realization.narrative().supporting(),
                        realization.narrative().inhibiting(),
                        realization.narrative().followUp(),
                        // forms only for who would not be refused: an evaluator of the unit, in an open year ...
                        open
                                && authentication.getRoles().contains(Roles.EVALUATOR)
                                && record.mayChange(
                                        authentication.getName(), realization.indicatorId(), realization.year()),
                        // ... an auditor who neither entered nor submitted it, in an open year
                        authentication.getRoles().contains(Roles.AUDITOR)
                                && review.mayReview(authentication.getName(), realization),
                        realizations.evidenceOf(List.of(realization.id())).stream()
                                .map(RealizationPage::evidenceRow)
                                .toList(),
                        realizations.chainOf(realization).stream()
                                .map(version -> new VersionRow(
                                        version.id().value(),
                                        words.written(WrittenValues.shown(version)),
                                        words.label(version.status()),
                                        version.correction()
                                                .map(Realization.Correction::reason)
                                                .orElse("")))
                                .toList(),
                        typed == null ? RevisionForm.of(realization, typable) : typed,
                        refusal,
                        RealizationWarnings.of(realization).stream()
                                .map(warning -> words.message(warning.code(), warning.arguments()))
                                .toList(),
                        link(source),
                        surveyChoices(realization)));
    }

    /** The survey and result version a value was taken from, and the newer version when it was recomputed. */
    private SurveyLink link(Realization.Source source) {
        if (source.kind() != Realization.Source.Kind.SURVEY || source.reference() == null) {
            return null;
        }
        String[] parts = source.reference().split("/", 2);
        SurveyId survey;
        int version;
        try {
            survey = new SurveyId(UUID.fromString(parts[0]));
            version = parts.length < 2 ? 0 : Integer.parseInt(parts[1]);
        } catch (IllegalArgumentException unreadable) {
            return null; // a reference written before result versions were kept: nothing to link to
        }
        SurveyOutcome latest = surveys.current(survey);
        boolean newer = latest.version() > version && latest.combined().index().isPresent();
        return new SurveyLink(
                survey.value(),
                version,
                newer ? latest.version() : null,
                newer ? words.number(latest.combined().index().orElseThrow()) : null,
                surveys.history(survey).stream()
                        .anyMatch(outcome -> outcome.version() == version && outcome.isReported()));
    }

    /** The surveys of the indicator's year and period whose result can become this realization's value. */
    private List<Choice> surveyChoices(Realization realization) {
        return surveys.ofIndicator(realization.indicatorId()).stream()
                .filter(outcome -> outcome.survey().year().equals(realization.year())
                        && outcome.survey().period() == realization.period())
                .filter(outcome -> outcome.combined().index().isPresent())
                .map(outcome -> new Choice(
                        outcome.survey().id().value(),
                        words.label(outcome.survey().period()) + " "
                                + outcome.survey().year().value() + " · "
                                + words.get("link.version") + " " + outcome.version() + " · IKM "
                                + words.number(outcome.combined().index().orElseThrow())
                                + (outcome.isReported() ? " · " + words.get("reported.mark") : "")))
                .toList();
    }

    private static EvidenceRow evidenceRow(Evidence evidence) {
        return new EvidenceRow(
                evidence.title(),
                evidence.isFile()
                        ? "/api/v1/realizations/" + evidence.realizationId() + "/evidence/" + evidence.id()
                        : null,
                evidence.url(),
                evidence.size(),
                evidence.sha256());
    }
}
