package id.kinerja.domain.shared;

import java.util.List;

/** One page of a list, with the total so that a reader knows how many pages there are. */
public record Page<T>(List<T> items, PageRequest request, long total) {
    public Page {
        items = List.copyOf(items);
    }
}
