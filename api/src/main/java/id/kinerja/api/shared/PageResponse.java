package id.kinerja.api.shared;

import id.kinerja.domain.shared.Page;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.function.Function;

/** One page of a collection: the items, where this page is, and how many there are in all. */
@Serdeable
public record PageResponse<T>(List<T> items, int page, int size, long totalItems, long totalPages) {
    public static <A, T> PageResponse<T> of(Page<A> page, Function<A, T> toResponse) {
        int size = page.request().size();
        return new PageResponse<>(
                page.items().stream().map(toResponse).toList(),
                page.request().page(),
                size,
                page.total(),
                (page.total() + size - 1) / size);
    }
}
