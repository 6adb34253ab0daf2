package id.kinerja.domain.archive;

import java.io.OutputStream;
import java.time.Clock;

/** An administrator takes the whole registry out as one archive: a backup, or a move to another instance. */
public final class ExportRegistry {
    private final RegistryArchive archive;
    private final Clock clock;
    private final String kinerjaVersion;

    public ExportRegistry(RegistryArchive archive, Clock clock, String kinerjaVersion) {
        this.archive = archive;
        this.clock = clock;
        this.kinerjaVersion = kinerjaVersion;
    }

    public ArchiveSummary export(OutputStream out) {
        return archive.write(out, kinerjaVersion, clock.instant());
    }
}
