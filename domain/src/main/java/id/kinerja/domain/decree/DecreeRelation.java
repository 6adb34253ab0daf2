package id.kinerja.domain.decree;

import id.kinerja.domain.shared.InvalidValue;

/** How a decree stands to an earlier one: it amends it (both stay in force) or supersedes it. */
public record DecreeRelation(Kind kind, DecreeId earlier) {
    public enum Kind {
        /** Mengubah: changes parts of the earlier decree, which stays in force. */
        AMENDS,
        /** Mencabut dan mengganti: replaces the earlier decree once enacted. */
        SUPERSEDES
    }

    public DecreeRelation {
        InvalidValue.requirePresent(kind, "relation.kind");
        InvalidValue.requirePresent(earlier, "relation.decreeId");
    }
}
