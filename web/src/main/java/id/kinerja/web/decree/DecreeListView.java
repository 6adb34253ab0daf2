package id.kinerja.web.decree;

import id.kinerja.web.page.Pager;
import io.micronaut.core.annotation.Introspected;
import java.util.List;

/** The decrees, a page at a time. */
@Introspected
public record DecreeListView(List<DecreeRow> decrees, Pager pager, boolean planner) {}
