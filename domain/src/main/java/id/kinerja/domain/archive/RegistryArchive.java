package id.kinerja.domain.archive;

import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;

/**
 * The registry as one archive: every table copied whole, so that an import reproduces every figure. The
 * adapter decides the format; the domain only asks for a way out and a way back.
 */
public interface RegistryArchive {
    /** Writes everything, read in one consistent snapshot, to {@code out}. */
    ArchiveSummary write(OutputStream out, String kinerjaVersion, Instant createdAt);

    /**
     * Checks the archive whole (format, schema version, checksums) and copies it into this instance, all or
     * nothing, inside the caller's transaction. Refuses an instance that holds more than a fresh start makes.
     */
    ArchiveSummary restore(Path archive);
}
