package id.kinerja.domain.archive;

import id.kinerja.domain.shared.Transactions;
import java.nio.file.Path;

/**
 * An administrator brings an archive into an empty instance: in one transaction, so that a refused or broken
 * archive leaves nothing behind. The accounts come with it; the first administrator of the fresh instance
 * gives way to them.
 */
public final class ImportRegistry {
    private final RegistryArchive archive;
    private final Transactions transactions;

    public ImportRegistry(RegistryArchive archive, Transactions transactions) {
        this.archive = archive;
        this.transactions = transactions;
    }

    public ArchiveSummary importFrom(Path file) {
        return transactions.inTransaction(() -> archive.restore(file));
    }
}
