package id.kinerja.api.shared;

import id.kinerja.domain.shared.PageRequest;
import io.micronaut.core.annotation.Nullable;

/** The {@code page} (from 0) and {@code size} (default 20, at most 200) query parameters. */
public final class Paging {
    public static final int DEFAULT_SIZE = 20;

    private Paging() {}

    public static PageRequest of(@Nullable Integer page, @Nullable Integer size) {
        return new PageRequest(page == null ? 0 : page, size == null ? DEFAULT_SIZE : size);
    }
}
