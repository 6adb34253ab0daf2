package id.kinerja.domain.decree;

import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.List;
import java.util.Optional;

/** Membaca keputusan: the decrees a page at a time (newest first, with the total), one decree, its successors. */
public final class ReadDecrees {
    private final Decrees decrees;

    public ReadDecrees(Decrees decrees) {
        this.decrees = decrees;
    }

    public Page<Decree> list(PageRequest page) {
        return decrees.list(page);
    }

    public Optional<Decree> find(DecreeId id) {
        return decrees.find(id);
    }

    public Decree get(DecreeId id) {
        return decrees.get(id);
    }

    /** The decrees that amend or supersede the given one. */
    public List<Decree> laterDecreesOf(DecreeId earlier) {
        return decrees.laterDecreesOf(earlier);
    }
}
