package id.kinerja.web.audit;

import id.kinerja.web.page.Pager;
import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** A page of the trail with the filters that chose it. */
@Introspected
public record AuditTrailView(List<Line> rows, Pager pager, AuditFilter filters, List<Kind> kinds) {

    /** One line of the trail as the page shows it. */
    @Introspected
    public record Line(
            String at,
            String actor,
            String action,
            String entity,
            int status,
            boolean refused,
            String outcome,
            String refusal,
            int occurrences,
            String address,
            String reason,
            String before,
            String after) {}

    /** A kind of thing the trail can be filtered by, with its name in the reader's language. */
    @Introspected
    public record Kind(String code, String label) {}
}
