package id.kinerja.web.survey;

import id.kinerja.domain.evaluation.ReadYearClosures;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.satisfaction.IndexResult;
import id.kinerja.domain.satisfaction.ServiceGrade;
import id.kinerja.domain.survey.ReadSurveyResult;
import id.kinerja.domain.survey.RespondentProfile;
import id.kinerja.domain.survey.Survey;
import id.kinerja.domain.survey.SurveyId;
import id.kinerja.domain.survey.SurveyOutcome;
import id.kinerja.domain.survey.SurveyWarnings;
import id.kinerja.domain.user.UnitStewardship;
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
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/** A survey's page with its current result, as a visit and a refused upload both show it. */
@Singleton
class SurveyPage {
    private final ReadSurveyResult results;
    private final ReadOrganization organization;
    private final SurveyWarnings warnings;
    private final UnitStewardship stewardship;
    private final ReadYearClosures closures;
    private final Words words;
    private final SurveyCollectionPanel online;

    SurveyPage(
            ReadSurveyResult results,
            ReadOrganization organization,
            SurveyWarnings warnings,
            UnitStewardship stewardship,
            ReadYearClosures closures,
            Words words,
            SurveyCollectionPanel online) {
        this.results = results;
        this.organization = organization;
        this.warnings = warnings;
        this.stewardship = stewardship;
        this.closures = closures;
        this.words = words;
        this.online = online;
    }

    /**
     * Whether the person's uploads and links would be accepted: an evaluator serving the surveyed unit, in a year
     * still open. Otherwise the page offers no form that would only be refused.
     */
    private boolean mayChange(Authentication authentication, Survey survey) {
        return authentication.getRoles().contains(Roles.EVALUATOR)
                && stewardship.serves(authentication.getName(), survey.unitId())
                && !closures.of(survey.unitId(), survey.year()).closed();
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
                        combined.index().map(words::number).orElse(null),
                        combined.grade().map(this::grade).orElse(null),
                        outcome.services().stream()
                                .map(service -> new ServiceRow(
                                        service.service(),
                                        service.result().respondents(),
                                        service.result()
                                                .index()
                                                .map(words::number)
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
                                        element.nrr().map(words::number).orElse("—"),
                                        element.grade().map(this::grade).orElse("—")))
                                .toList(),
                        profileRows(outcome.profile()),
                        mayChange(authentication, survey),
                        fileErrors,
                        refusal,
                        warnings.of(survey.id()).stream()
                                .map(warning -> words.message(warning.code(), warning.arguments()))
                                .toList(),
                        outcome.isReported(),
                        online.of(id)));
    }

    /** The mutu letter with its name: "B · Baik". */
    private String grade(ServiceGrade grade) {
        return grade.name() + " · " + words.label(grade);
    }

    /**
     * Each dimension of the profile in its natural order: sex as coded, age bands youngest first, schooling
     * lowest first; occupations, which have no order, from the most given to the least. "Not filled" comes last.
     */
    private List<ProfileRow> profileRows(RespondentProfile profile) {
        Comparator<String> byCount = (one, other) -> 0;
        return Stream.of(
                        rows("survey.profile.sex", profile.bySex(), Comparator.naturalOrder()),
                        rows("survey.profile.age", profile.byAgeBand(), listed(RespondentProfile.AGE_BANDS)),
                        rows(
                                "survey.profile.education",
                                profile.byEducation(),
                                listed(RespondentProfile.EDUCATION_LEVELS)),
                        rows("survey.profile.occupation", profile.byOccupation(), byCount))
                .flatMap(List::stream)
                .toList();
    }

    /** Categories in the order of a list; those the list does not name after them, alphabetically. */
    private static Comparator<String> listed(List<String> order) {
        return Comparator.<String>comparingInt(category -> {
                    int at = order.indexOf(category.toUpperCase(Locale.ROOT));
                    return at < 0 ? order.size() : at;
                })
                .thenComparing(Comparator.naturalOrder());
    }

    private List<ProfileRow> rows(String dimension, Map<String, Long> counts, Comparator<String> order) {
        String name = words.get(dimension);
        Comparator<Map.Entry<String, Long>> missingLast =
                Comparator.comparing(count -> RespondentProfile.MISSING.equals(count.getKey()));
        return counts.entrySet().stream()
                .sorted(missingLast
                        .thenComparing(Map.Entry.comparingByKey(order))
                        .thenComparing(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(count -> new ProfileRow(name, category(dimension, count.getKey()), count.getValue()))
                .toList();
    }

    /** A category as people read it: "not filled" for a missing answer, the sex's word for its code (L, P). */
    private String category(String dimension, String category) {
        if (RespondentProfile.MISSING.equals(category)) {
            return words.get("survey.profile.missing");
        }
        String key = dimension + "." + category.toUpperCase(Locale.ROOT);
        String word = words.get(key);
        return dimension.equals("survey.profile.sex") && !word.equals(key) ? word : category;
    }
}
