package id.kinerja.web.decree;

import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** The form of a new draft decree, with the units that may issue it and, after a refusal, what was typed. */
@Introspected
public record DecreeDraftView(
        List<UnitChoice> units,
        DecreeDraftForm values,
        @Nullable Refusal refusal) {}
