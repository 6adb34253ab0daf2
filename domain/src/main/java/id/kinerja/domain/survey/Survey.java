package id.kinerja.domain.survey;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.SatisfactionIndexCalculation;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.satisfaction.WeightVariant;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.RuleViolation;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * SKM: a community satisfaction survey of a unit's services for a year or part of it, under one
 * methodology and weight, optionally measuring a satisfaction-index indicator.
 */
public final class Survey {
    private final SurveyId id;
    private final OrganizationUnitId unitId;
    private final IndicatorId indicatorId;
    private final Year year;
    private final ReportingPeriod period;
    private final Methodology methodology;
    private final WeightVariant weight;
    private final ServiceCombination combination;
    private final Long population;
    private final List<String> services;
    private final Map<String, String> questions;
    private final long version;

    private Survey(
            SurveyId id,
            OrganizationUnitId unitId,
            IndicatorId indicatorId,
            Year year,
            ReportingPeriod period,
            Methodology methodology,
            WeightVariant weight,
            ServiceCombination combination,
            Long population,
            Collection<String> services,
            Map<String, String> questions,
            long version) {
        this.id = InvalidValue.requirePresent(id, "id");
        this.unitId = InvalidValue.requirePresent(unitId, "unitId");
        this.indicatorId = indicatorId;
        this.year = InvalidValue.requirePresent(year, "year");
        this.period = period == null ? ReportingPeriod.ANNUAL : period;
        this.methodology = InvalidValue.requirePresent(methodology, "methodology");
        this.weight = weight == null ? WeightVariant.EXACT : weight;
        this.combination = combination == null ? ServiceCombination.POOLED : combination;
        if (!this.weight.fits(methodology.elements().size())) {
            throw new RuleViolation(
                    "survey.weight-mismatch",
                    "weightVariant",
                    this.weight + " is not a weight of " + methodology,
                    this.weight.name(),
                    methodology.name());
        }
        if (population != null && population < 1) {
            throw new InvalidValue("survey.population", "population", "the population must be at least 1", population);
        }
        this.population = population;
        // copied through ArrayList, which keeps a null item, so that the check below names it instead of a crash
        this.services =
                new ArrayList<>(Text.lines(services == null ? List.of() : new ArrayList<>(services), "services", 500));
        if (this.services.stream().distinct().count() != this.services.size()) {
            throw new RuleViolation("survey.duplicate-service", "services", "a service is listed twice");
        }
        this.questions = new LinkedHashMap<>(questions == null ? Map.of() : questions);
        for (Map.Entry<String, String> question : this.questions.entrySet()) {
            Text.requiredParagraph(question.getValue(), "questions." + question.getKey(), 2000);
        }
        for (String code : this.questions.keySet()) {
            if (methodology.elements().stream()
                    .noneMatch(element -> element.code().equals(code))) {
                throw new InvalidValue(
                        "survey.unknown-element",
                        "questions",
                        code + " is not an element of " + methodology,
                        code,
                        methodology.name());
            }
        }
        this.version = version;
    }

    /** A new survey; {@code combination} comes from the indicator it measures, POOLED otherwise. */
    public static Survey plan(
            OrganizationUnitId unitId,
            IndicatorId indicatorId,
            Year year,
            ReportingPeriod period,
            Methodology methodology,
            WeightVariant weight,
            ServiceCombination combination,
            Long population,
            Collection<String> services,
            Map<String, String> questions) {
        return new Survey(
                SurveyId.newId(),
                unitId,
                indicatorId,
                year,
                period,
                methodology,
                weight,
                combination,
                population,
                services,
                questions,
                0);
    }

    /** Rebuilds a stored survey. */
    public static Survey restore(
            SurveyId id,
            OrganizationUnitId unitId,
            IndicatorId indicatorId,
            Year year,
            ReportingPeriod period,
            Methodology methodology,
            WeightVariant weight,
            ServiceCombination combination,
            Long population,
            Collection<String> services,
            Map<String, String> questions,
            long version) {
        return new Survey(
                id,
                unitId,
                indicatorId,
                year,
                period,
                methodology,
                weight,
                combination,
                population,
                services,
                questions,
                version);
    }

    /** Whether answers for this service may be recorded; a survey that declared none takes the file's. */
    public boolean accepts(String service) {
        return services.isEmpty() || services.contains(service);
    }

    /** Adds the services a file names, for a survey that declared none. */
    void addServices(Collection<String> named) {
        named.stream().filter(service -> !services.contains(service)).forEach(services::add);
    }

    public SatisfactionIndexCalculation calculation() {
        return new SatisfactionIndexCalculation(methodology, weight);
    }

    public SurveyId id() {
        return id;
    }

    public OrganizationUnitId unitId() {
        return unitId;
    }

    public Optional<IndicatorId> indicatorId() {
        return Optional.ofNullable(indicatorId);
    }

    public Year year() {
        return year;
    }

    public ReportingPeriod period() {
        return period;
    }

    public Methodology methodology() {
        return methodology;
    }

    public WeightVariant weight() {
        return weight;
    }

    public ServiceCombination combination() {
        return combination;
    }

    public Optional<Long> population() {
        return Optional.ofNullable(population);
    }

    public List<String> services() {
        return List.copyOf(services);
    }

    public Map<String, String> questions() {
        return Map.copyOf(questions);
    }

    public long version() {
        return version;
    }
}
