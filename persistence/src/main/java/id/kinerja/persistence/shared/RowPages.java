package id.kinerja.persistence.shared;

import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.Sort;
import java.util.List;
import java.util.function.Function;

/** Translates between the domain's paging and Micronaut Data's. */
public final class RowPages {
    private RowPages() {}

    public static Pageable pageable(PageRequest request, Sort sort) {
        return Pageable.from(request.page(), request.size(), sort);
    }

    /** A domain page of aggregates built from one page of rows, the whole page mapped at once. */
    public static <R, A> Page<A> page(
            io.micronaut.data.model.Page<R> rows, PageRequest request, Function<List<R>, List<A>> toAggregates) {
        return new Page<>(toAggregates.apply(rows.getContent()), request, rows.getTotalSize());
    }
}
