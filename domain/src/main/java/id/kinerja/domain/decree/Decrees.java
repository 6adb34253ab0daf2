package id.kinerja.domain.decree;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.NotFound;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The stored decrees. */
public interface Decrees {
    Optional<Decree> find(DecreeId id);

    /** Stores a new decree, or a known one's changes if its version is still the stored one. */
    Decree save(Decree decree);

    /** Whether the unit has already issued a decree with this number. */
    boolean numberTaken(OrganizationUnitId issuingUnitId, DecreeNumber number);

    /** Newest first. */
    Page<Decree> list(PageRequest page);

    /** The decrees that amend or supersede the given one. */
    List<Decree> laterDecreesOf(DecreeId earlier);

    /** The given decrees (those that exist), read in a fixed number of statements. */
    List<Decree> findAll(Collection<DecreeId> ids);

    /** Whether a survey or a realization names one of the decree's indicators. */
    boolean annexInUse(DecreeId id);

    /** Removes a draft with its clauses, objectives, indicators and targets. */
    void deleteDraft(DecreeId id);

    default Decree get(DecreeId id) {
        return find(id).orElseThrow(() -> new NotFound("decree", id));
    }
}
