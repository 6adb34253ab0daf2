package id.kinerja.web.home;

import id.kinerja.domain.shared.Page;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.function.Function;

/**
 * One list of Beranda: a page of its rows, how many there are in all, and the links to the pages before and
 * after it. Each list has its own page number in the address ({@code ?kembali=2#dikembalikan}), so paging
 * one list leaves the others on their first page.
 */
@Introspected
public record Section<T>(
        List<T> rows,
        long total,
        int page,
        long pages,
        @Nullable String previous,
        @Nullable String next) {

    static <S, T> Section<T> of(Page<S> found, String parameter, String anchor, Function<S, T> row) {
        int page = found.request().page();
        int size = found.request().size();
        long pages = (found.total() + size - 1) / size;
        return new Section<>(
                found.items().stream().map(row).toList(),
                found.total(),
                page,
                pages,
                page > 0 ? "/beranda?" + parameter + "=" + (page - 1) + "#" + anchor : null,
                page + 1 < pages ? "/beranda?" + parameter + "=" + (page + 1) + "#" + anchor : null);
    }
}
