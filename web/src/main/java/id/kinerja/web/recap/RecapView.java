package id.kinerja.web.recap;

import id.kinerja.web.page.Pager;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import java.util.List;

/**
 * The recap page: the filter as the reader typed it (with the message beside a field that could not be
 * read), the choices of the pickers, the units' lines, the page and the address of its spreadsheet.
 *
 * @param error the refusal of the year or parent typed, shown beside its field; null when all was read
 */
@Introspected
public record RecapView(
        String year,
        String parent,
        String sort,
        String direction,
        String error,
        String errorField,
        List<UnitChoice> units,
        List<Choice> sorts,
        List<Choice> directions,
        List<String> ratingBands,
        String scale,
        List<Line> lines,
        Pager pager,
        String address,
        String download) {

    /** An option of a picker: its value in the address and its words. */
    @Introspected
    public record Choice(String value, String label) {}

    /** A unit's line, every figure written the Indonesian way (or the English way) and every state in words. */
    @Introspected
    public record Line(
            String unitId,
            String name,
            String parentName,
            String score,
            String rating,
            int indicators,
            int met,
            int notMet,
            int notFilled,
            int notComputable,
            List<Integer> ratings,
            int waitingForReview,
            String closed,
            String basis) {}
}
