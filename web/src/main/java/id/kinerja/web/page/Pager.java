package id.kinerja.web.page;

import id.kinerja.domain.shared.Page;
import io.micronaut.core.annotation.Introspected;

/** Where a paged list stands: this page (counted from 0), how many pages, how many rows in all. */
@Introspected
public record Pager(int page, long pages, long total) {
    public static Pager of(Page<?> found, int page, int size) {
        return new Pager(page, (found.total() + size - 1) / size, found.total());
    }

    /** A page number as the address gives it: absent or negative is the first. */
    public static int requested(Integer page) {
        return page == null || page < 0 ? 0 : page;
    }
}
