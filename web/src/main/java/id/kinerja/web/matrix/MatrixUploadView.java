package id.kinerja.web.matrix;

import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The upload page: the unit picker, the file field, and a refused upload's message. */
@Introspected
public record MatrixUploadView(
        List<UnitChoice> units,
        @Nullable String unitId,
        @Nullable Refusal refusal) {}
