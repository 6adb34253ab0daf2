package id.kinerja.web.decree;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.UUID;

/**
 * The page revising a strategic objective's number and words.
 *
 * @param objective the objective as it stands ("1. Meningkatnya …"), to name what is revised
 * @param draft whether its decree is still a draft (only a draft's objectives are revised)
 * @param plans whether the person plans for the decree's unit
 */
@Introspected
public record ObjectiveRevisionView(
        UUID id,
        String objective,
        UUID decreeId,
        String decreeNumber,
        boolean draft,
        boolean plans,
        ObjectiveRevisionForm form,
        @Nullable Refusal refusal) {}
