package id.kinerja.web.home;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * The page that asks to confirm closing a unit's year, listing what is unfinished in it.
 *
 * @param closed the year is closed already: nothing to confirm
 * @param decreeInForce whether a decree was in force that year (without one there is nothing to list)
 */
@Introspected
public record YearClosingView(
        UUID unitId,
        String unitName,
        int year,
        @Nullable String reason,
        boolean closed,
        boolean decreeInForce,
        List<UnfinishedRow> unfinished) {

    /**
     * An indicator's realization not yet verified, or the indicator itself when it has no value for the year.
     *
     * @param realizationId absent when nothing was recorded
     */
    @Introspected
    public record UnfinishedRow(
            UUID indicatorId,
            String indicator,
            @Nullable UUID realizationId,
            String period,
            String value,
            String state) {}
}
