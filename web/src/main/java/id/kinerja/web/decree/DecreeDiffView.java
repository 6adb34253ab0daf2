package id.kinerja.web.decree;

import io.micronaut.core.annotation.Introspected;
import java.util.List;
import java.util.UUID;

/** Two versions of a decree side by side: the earlier one and the one replacing or amending it, line by line. */
@Introspected
public record DecreeDiffView(
        UUID id,
        String number,
        String status,
        UUID earlierId,
        String earlierNumber,
        String earlierStatus,
        String relation,
        List<DecreeDiff.Line> lines) {}
