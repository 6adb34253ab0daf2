package id.kinerja.persistence.indicator;

import id.kinerja.domain.decree.DecreeId;
import id.kinerja.domain.indicator.Baseline;
import id.kinerja.domain.indicator.Indicator;
import id.kinerja.domain.indicator.IndicatorDefinition;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.IndicatorKind;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.LowerIsBetterRule;
import id.kinerja.domain.indicator.MeasurementFrequency;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.indicator.PeriodRollup;
import id.kinerja.domain.indicator.Polarity;
import id.kinerja.domain.indicator.Target;
import id.kinerja.domain.indicator.ValidRange;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.satisfaction.ServiceCombination;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.persistence.shared.Decimals;
import id.kinerja.persistence.shared.OrderedTexts;
import id.kinerja.persistence.shared.RootRows;
import id.kinerja.persistence.shared.RowPages;
import id.kinerja.persistence.shared.SqlStatements;
import io.micronaut.data.model.Sort;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Indicators with their services and targets: three queries for any number of indicators. */
@Singleton
class JdbcIndicators implements Indicators {
    private final IndicatorRowRepository rows;
    private final OrderedTexts services;
    private final TargetTable targets;
    private final SqlStatements sql;

    JdbcIndicators(IndicatorRowRepository rows, SqlStatements jdbc) {
        this.rows = rows;
        this.sql = jdbc;
        this.services = new OrderedTexts(jdbc, "indicator_service", "indicator_id", null, "name");
        this.targets = new TargetTable(jdbc);
    }

    @Override
    public Optional<Indicator> find(IndicatorId id) {
        return rows.findById(id.value()).map(row -> toIndicators(List.of(row)).get(0));
    }

    @Override
    public Indicator save(Indicator indicator) {
        IndicatorRow saved =
                RootRows.write(rows, indicator.id().value(), toRow(indicator), "indicator", indicator.version());
        services.replace(saved.id(), indicator.definition().surveyedServices());
        targets.replace(saved.id(), indicator.targets());
        return Indicator.restore(
                indicator.id(),
                indicator.objectiveId(),
                indicator.decreeId(),
                indicator.definition(),
                indicator.targets(),
                saved.version());
    }

    @Override
    public List<Indicator> ofDecree(DecreeId decreeId) {
        return toIndicators(rows.findByDecreeId(decreeId.value())).stream()
                .sorted(Comparator.comparing(i -> String.valueOf(i.definition().code())))
                .toList();
    }

    @Override
    public List<Indicator> ofDecrees(Collection<DecreeId> decreeIds) {
        if (decreeIds.isEmpty()) {
            return List.of();
        }
        return toIndicators(
                rows.findByDecreeIdIn(decreeIds.stream().map(DecreeId::value).toList()));
    }

    @Override
    public List<IndicatorLabel> labelsOf(Collection<IndicatorId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(ids.size(), "?"));
        return sql.query(
                "SELECT i.id, i.name, u.id, u.name FROM indicator i JOIN objective o ON o.id = i.objective_id"
                        + " JOIN organization_unit u ON u.id = o.unit_id WHERE i.id IN (" + placeholders + ")",
                statement -> {
                    int index = 1;
                    for (IndicatorId id : ids) {
                        statement.setObject(index++, id.value());
                    }
                    List<IndicatorLabel> found = new ArrayList<>();
                    try (ResultSet row = statement.executeQuery()) {
                        while (row.next()) {
                            found.add(new IndicatorLabel(
                                    new IndicatorId(row.getObject(1, UUID.class)),
                                    row.getString(2),
                                    new OrganizationUnitId(row.getObject(3, UUID.class)),
                                    row.getString(4)));
                        }
                    }
                    return found;
                });
    }

    @Override
    public Page<Indicator> list(PageRequest page) {
        return RowPages.page(rows.listInAnnexOrder(RowPages.pageable(page, Sort.UNSORTED)), page, this::toIndicators);
    }

    private static IndicatorRow toRow(Indicator indicator) {
        IndicatorDefinition d = indicator.definition();
        Baseline baseline = d.baseline();
        ValidRange range = d.validRange();
        return new IndicatorRow(
                indicator.id().value(),
                indicator.objectiveId().value(),
                indicator.decreeId().value(),
                d.code(),
                d.name(),
                d.definition(),
                d.formula(),
                d.unitOfMeasure(),
                d.kind().name(),
                d.polarity().name(),
                d.lowerIsBetterRule() == null ? null : d.lowerIsBetterRule().name(),
                d.dataSource(),
                d.responsibleUnitId() == null ? null : d.responsibleUnitId().value(),
                d.frequency().name(),
                d.rollup().name(),
                baseline == null ? null : baseline.value(),
                baseline == null ? null : Decimals.scaleOf(baseline.value()),
                baseline == null ? null : baseline.year().value(),
                d.serviceCombination() == null ? null : d.serviceCombination().name(),
                range == null ? null : range.minimum(),
                range == null || range.minimum() == null ? null : Decimals.scaleOf(range.minimum()),
                range == null ? null : range.maximum(),
                range == null || range.maximum() == null ? null : Decimals.scaleOf(range.maximum()),
                indicator.version());
    }

    private List<Indicator> toIndicators(List<IndicatorRow> indicatorRows) {
        List<UUID> ids = indicatorRows.stream().map(IndicatorRow::id).toList();
        Map<UUID, Map<String, List<String>>> servicesById = services.read(ids);
        Map<UUID, List<Target>> targetsById = targets.read(ids);
        return indicatorRows.stream()
                .map(row -> Indicator.restore(
                        new IndicatorId(row.id()),
                        new ObjectiveId(row.objectiveId()),
                        new DecreeId(row.decreeId()),
                        toDefinition(row, OrderedTexts.listOf(servicesById, row.id())),
                        targetsById.getOrDefault(row.id(), List.of()),
                        row.version()))
                .toList();
    }

    private static IndicatorDefinition toDefinition(IndicatorRow row, List<String> surveyedServices) {
        return new IndicatorDefinition(
                row.code(),
                row.name(),
                row.definition(),
                row.formula(),
                row.unitOfMeasure(),
                IndicatorKind.valueOf(row.indicatorKind()),
                Polarity.valueOf(row.polarity()),
                row.lowerIsBetterRule() == null ? null : LowerIsBetterRule.valueOf(row.lowerIsBetterRule()),
                row.dataSource(),
                row.responsibleUnitId() == null ? null : new OrganizationUnitId(row.responsibleUnitId()),
                MeasurementFrequency.valueOf(row.frequency()),
                PeriodRollup.valueOf(row.rollup()),
                row.baselineValue() == null
                        ? null
                        : new Baseline(
                                Decimals.restore(row.baselineValue(), row.baselineScale()),
                                Year.of(row.baselineYear())),
                surveyedServices,
                row.serviceCombination() == null ? null : ServiceCombination.valueOf(row.serviceCombination()),
                row.validMinimum() == null && row.validMaximum() == null
                        ? null
                        : new ValidRange(
                                row.validMinimum() == null
                                        ? null
                                        : Decimals.restore(row.validMinimum(), row.validMinimumScale()),
                                row.validMaximum() == null
                                        ? null
                                        : Decimals.restore(row.validMaximum(), row.validMaximumScale())));
    }
}
