package id.kinerja.web.decree;

import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The form of a draft decree's words, with the units that may issue it and, after a refusal, what was typed.
 *
 * @param action where the form posts: a new draft, or the revision of one
 * @param headingKey the page's heading in the bundles: new, revised, or replacing an enacted decree
 * @param replacing the number of the enacted decree the new draft will replace, if it does
 */
@Introspected
public record DecreeDraftView(
        List<UnitChoice> units,
        DecreeDraftForm values,
        @Nullable Refusal refusal,
        String action,
        String headingKey,
        @Nullable String replacing) {

    static DecreeDraftView fresh(
            List<UnitChoice> units, DecreeDraftForm values, @Nullable Refusal refusal, @Nullable String replacing) {
        return new DecreeDraftView(
                units,
                values,
                refusal,
                "/keputusan",
                replacing == null ? "page.konsep-keputusan-baru" : "cycle.replacing-heading",
                replacing);
    }
}
