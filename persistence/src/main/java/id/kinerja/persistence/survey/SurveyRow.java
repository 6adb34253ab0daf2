package id.kinerja.persistence.survey;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.Version;
import java.util.UUID;

@MappedEntity("survey")
record SurveyRow(
        @Id UUID id,
        UUID unitId,
        @Nullable UUID indicatorId,
        int surveyYear,
        String period,
        String methodology,
        String weightVariant,
        String combination,
        @Nullable Long population,
        @Version Long version) {}
