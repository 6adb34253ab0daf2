package id.kinerja.domain.cascade;

import id.kinerja.domain.organization.OrganizationUnitId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored cascade links, one per supporting node. */
public interface Supports {
    /** Stores the link, replacing the one the supporter had. */
    void set(Support support, String by, Instant at);

    /** Removes the supporter's link, if it had one. */
    void clear(CascadeNode supporter);

    Optional<Support> of(CascadeNode supporter);

    /** The links of nodes of these units (as supporter), in one read. */
    List<Support> ofUnits(Collection<OrganizationUnitId> supporterUnits);
}
