package id.kinerja.web.survey;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.satisfaction.IndexResult;
import id.kinerja.domain.satisfaction.ServiceGrade;
import id.kinerja.domain.shared.IndonesianNumber;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.RespondentProfile;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.domain.survey.SurveyWarnings;
import id.kinerja.http.security.Roles;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Words;
import id.kinerja.web.survey.SurveyViews.ElementRow;
import id.kinerja.web.survey.SurveyViews.FileErrorRow;
import id.kinerja.web.survey.SurveyViews.ProfileRow;
import id.kinerja.web.survey.SurveyViews.ServiceRow;
import id.kinerja.web.survey.SurveyViews.SurveyView;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** A survey's page with its current result, as a visit and a refused upload both show it. */
@Singleton
class SurveyPage {
    private final ReadSurveyResult results;
    private final ReadOrganization organization;
    private final SurveyWarnings warnings;
    private final Words words;

    SurveyPage(ReadSurveyResult results, ReadOrganization organization, SurveyWarnings warnings, Words words) {
        this.results = results;
        this.organization = organization;
        this.warnings = warnings;
        this.words = words;
    }

    Survey survey(UUID id) {
        return results.current(new SurveyId(id)).survey();
    }

    ModelAndView<SurveyView> show(
            UUID id, Authentication authentication, Refusal refusal, List<FileErrorRow> fileErrors) {
        SurveyOutcome outcome = results.current(new SurveyId(id));
        Survey survey = outcome.survey();
        IndexResult combined = outcome.combined();
        return new ModelAndView<>(
                "survey",
                new SurveyView(
                        id,
                        survey.year().value(),
                        organization.get(survey.unitId()).profile().name(),
                        words.label(survey.methodology()),
                        survey.indicatorId().map(IndicatorId::value).orElse(null),
                        outcome.version(),
                        combined.respondents(),
                        combined.index().map(IndonesianNumber::format).orElse(null),
                        combined.grade().map(this::grade).orElse(null),
                        outcome.services().stream()
                                .map(service -> new ServiceRow(
                                        service.service(),
                                        service.result().respondents(),
                                        service.result()
                                                .index()
                                                .map(IndonesianNumber::format)
                                                .orElse("—"),
                                        service.result()
                                                .grade()
                                                .map(this::grade)
                                                .orElse("—"),
                                        service.result()
                                                .index()
                                                .map(BigDecimal::doubleValue)
                                                .orElse(0.0)))
                                .toList(),
                        combined.elements().stream()
                                .map(element -> new ElementRow(
                                        element.element().code(),
                                        element.element().name(),
                                        element.nrr()
                                                .map(IndonesianNumber::format)
                                                .orElse("—"),
                                        element.grade().map(this::grade).orElse("—")))
                                .toList(),
                        profileRows(outcome.profile()),
                        authentication.getRoles().contains(Roles.EVALUATOR),
                        fileErrors,
                        refusal,
                        warnings.of(survey.id()).stream()
                                .map(warning -> words.message(warning.code(), warning.arguments()))
                                .toList()));
    }

    /** The mutu letter with its name: "B · Baik". */
    private String grade(ServiceGrade grade) {
        return grade.name() + " · " + words.label(grade);
    }

    /** Each dimension of the profile, its answers from the most given to the least. */
    private List<ProfileRow> profileRows(RespondentProfile profile) {
        return Stream.of(
                        rows("survey.profile.sex", profile.bySex()),
                        rows("survey.profile.age", profile.byAgeBand()),
                        rows("survey.profile.education", profile.byEducation()),
                        rows("survey.profile.occupation", profile.byOccupation()))
                .flatMap(List::stream)
                .toList();
    }

    private List<ProfileRow> rows(String dimension, Map<String, Long> counts) {
        String name = words.get(dimension);
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(count -> new ProfileRow(
                        name,
                        Optional.of(count.getKey())
                                .filter(category -> !RespondentProfile.MISSING.equals(category))
                                .orElse(words.get("survey.profile.missing")),
                        count.getValue()))
                .toList();
    }
}
