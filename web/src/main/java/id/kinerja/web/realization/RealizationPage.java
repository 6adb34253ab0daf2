package id.kinerja.web.realization;

import id.kinerja.domain.evaluation.Evidence;
import id.kinerja.domain.evaluation.ReadRealizations;
import id.kinerja.domain.evaluation.Realization;
import id.kinerja.domain.evaluation.RealizationId;
import id.kinerja.domain.evaluation.RealizationWarnings;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.indicator.ReadIndicators;
import id.kinerja.domain.user.ReadUsers;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Words;
import id.kinerja.web.page.WrittenValues;
import id.kinerja.web.realization.RealizationView.EvidenceRow;
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
    private final Words words;

    RealizationPage(ReadRealizations realizations, ReadIndicators indicators, ReadUsers users, Words words) {
        this.users = users;
        this.realizations = realizations;
        this.indicators = indicators;
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
                        words.label(source.kind()) + (source.reference() == null ? "" : " " + source.reference()),
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
                        open && authentication.getRoles().contains(Roles.EVALUATOR),
                        realization.status() == ReviewStatus.SUBMITTED
                                && authentication.getRoles().contains(Roles.AUDITOR),
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
                                .toList()));
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
