package id.kinerja.web.cascade;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * A decree's cascade: for each of its objectives and indicators, a form naming the parent unit's node it
 * supports, the refused one holding what was picked and its message.
 *
 * @param parentName the unit above; null at the top of the tree, where nothing can be linked
 */
@Introspected
public record CascadeLinksView(
        UUID decreeId,
        String decreeNumber,
        String unitName,
        @Nullable String parentName,
        boolean planner,
        List<Line> lines,
        List<Option> options,
        @Nullable Refusal refusal,
        @Nullable String refusedNode) {

    /**
     * An objective or indicator of the decree: where its form posts, and which option is chosen now.
     *
     * @param indicator true for an indicator (shown under its objective)
     */
    @Introspected
    public record Line(String nodeId, String action, boolean indicator, String label, String chosen) {}

    /** A node of the parent unit to pick: "OBJECTIVE:id" and its words; an indicator is shown under its objective. */
    @Introspected
    public record Option(String value, boolean indicator, String label) {}
}
