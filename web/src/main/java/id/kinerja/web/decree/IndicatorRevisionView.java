package id.kinerja.web.decree;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * The page revising an indicator's definition.
 *
 * @param draft whether its decree is still a draft (only a draft's indicators are revised)
 * @param plans whether the person plans for the decree's unit
 */
@Introspected
public record IndicatorRevisionView(
        UUID id,
        String name,
        UUID decreeId,
        String decreeNumber,
        boolean draft,
        boolean plans,
        IndicatorChoices choices,
        IndicatorRevisionForm form,
        @Nullable Refusal refusal) {}
