package id.kinerja.web.publication;

import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** The view models of the public pages: every field already in the reader's words and numbers. */
public final class PublicViews {
    private PublicViews() {}

    /** The list of units that publish, each with its closed years. */
    @Introspected
    public record PublicIndex(List<PublishingUnit> units) {}

    @Introspected
    public record PublishingUnit(String name, List<PublishedYearLink> years) {}

    @Introspected
    public record PublishedYearLink(int year, String address) {}

    /** One unit's closed year as published; {@code found} false when there is nothing to show. */
    @Introspected
    public record PublicResult(
            boolean found,
            String unit,
            int year,
            String decree,
            String score,
            String rating,
            List<ObjectiveLine> objectives,
            List<SurveyLine> surveys,
            String basis) {}

    @Introspected
    public record ObjectiveLine(String code, String statement, List<IndicatorLine> indicators) {}

    @Introspected
    public record IndicatorLine(
            String code,
            String name,
            String unitOfMeasure,
            String target,
            String realization,
            String attainment,
            String rating) {}

    /** The survey result behind an IKM: the index, its respondents and the mutu pelayanan. */
    @Introspected
    public record SurveyLine(String indicator, String index, long respondents, String grade) {}
}
