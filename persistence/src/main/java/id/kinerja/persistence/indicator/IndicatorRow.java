package id.kinerja.persistence.indicator;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.math.BigDecimal;
import java.util.UUID;

@MappedEntity("indicator")
record IndicatorRow(
        @Id UUID id,
        UUID objectiveId,
        UUID decreeId,
        @Nullable String code,
        String name,
        @Nullable String definition,
        @Nullable String formula,
        @Nullable String unitOfMeasure,
        String indicatorKind,
        String polarity,
        @Nullable String lowerIsBetterRule,
        @Nullable String dataSource,
        @Nullable UUID responsibleUnitId,
        String frequency,
        String rollup,
        @Nullable BigDecimal baselineValue,
        @Nullable Short baselineScale,
        @Nullable Integer baselineYear,
        @Nullable String serviceCombination,
        @Nullable BigDecimal validMinimum,
        @Nullable Short validMinimumScale,
        @Nullable BigDecimal validMaximum,
        @Nullable Short validMaximumScale,
        @Version Long version) {}
