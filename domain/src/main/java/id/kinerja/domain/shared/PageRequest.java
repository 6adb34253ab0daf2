package id.kinerja.domain.shared;

/** Which slice of a long list to show: a zero-based page number and a page size of at most 200. */
public record PageRequest(int page, int size) {
    public static final int MAX_SIZE = 200;

    public PageRequest {
        if (page < 0) {
            throw new InvalidValue("page.negative", "page", "page must be 0 or more", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidValue("page.size", "size", "size must be between 1 and " + MAX_SIZE, size, MAX_SIZE);
        }
    }

    public long offset() {
        return (long) page * size;
    }
}
