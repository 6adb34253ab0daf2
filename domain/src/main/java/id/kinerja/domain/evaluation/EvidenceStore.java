package id.kinerja.domain.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Evidence with the files' contents. Files are kept in the database, so that every application node behind
 * the load balancer serves them without a shared disk.
 */
public interface EvidenceStore {
    void add(Evidence evidence, byte[] content);

    Optional<Evidence> find(UUID id);

    /** The evidence of these realizations, in one read, oldest first. */
    List<Evidence> of(Collection<RealizationId> realizations);

    Optional<byte[]> content(UUID id);
}
