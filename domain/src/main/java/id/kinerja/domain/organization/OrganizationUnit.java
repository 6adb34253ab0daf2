package id.kinerja.domain.organization;

import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Text;
import java.util.List;
import java.util.Optional;

/**
 * Unit organisasi: a node in the government hierarchy with its duty statement (tugas) and its ordered
 * functions (fungsi, lettered a, b, c… by position). Where a unit sits is checked against the whole
 * hierarchy by {@link UnitHierarchy}, since a unit alone cannot see a cycle.
 */
public final class OrganizationUnit {
    private final OrganizationUnitId id;
    private OrganizationUnitId parentId;
    private UnitProfile profile;
    private final long version;

    private OrganizationUnit(OrganizationUnitId id, OrganizationUnitId parentId, UnitProfile profile, long version) {
        this.id = InvalidValue.requirePresent(id, "id");
        this.parentId = parentId;
        this.profile = InvalidValue.requirePresent(profile, "profile");
        this.version = version;
    }

    /** A new unit; the caller has checked its place in the hierarchy. */
    static OrganizationUnit register(OrganizationUnitId parentId, UnitProfile profile) {
        return new OrganizationUnit(OrganizationUnitId.newId(), parentId, profile, 0);
    }

    /** Rebuilds a stored unit. */
    public static OrganizationUnit restore(
            OrganizationUnitId id, OrganizationUnitId parentId, UnitProfile profile, long version) {
        return new OrganizationUnit(id, parentId, profile, version);
    }

    void revise(long expectedVersion, OrganizationUnitId newParentId, UnitProfile newProfile) {
        StaleVersion.check("organization unit", id, expectedVersion, version);
        this.parentId = newParentId;
        this.profile = InvalidValue.requirePresent(newProfile, "profile");
    }

    public OrganizationUnitId id() {
        return id;
    }

    public Optional<OrganizationUnitId> parentId() {
        return Optional.ofNullable(parentId);
    }

    public UnitProfile profile() {
        return profile;
    }

    public long version() {
        return version;
    }

    /**
     * What a unit is and does.
     *
     * @param name the full name, e.g. "Biro Umum Sekretariat Daerah Provinsi Kalimantan Barat"
     * @param shortName a short name for lists, e.g. "Biro Umum"
     * @param tasks the duty statements (tugas), in order
     * @param functions the functions (fungsi), in order; their letters come from their position
     * @param scoreRule how the unit's score is averaged; absent means the mean of all its indicators
     */
    public record UnitProfile(
            String name,
            String shortName,
            UnitType type,
            List<String> tasks,
            List<String> functions,
            UnitScoreRule scoreRule) {
        public UnitProfile {
            Text.requiredParagraph(name, "name", 500);
            InvalidValue.requirePresent(type, "type");
            shortName = shortName == null || shortName.isBlank() ? null : Text.line(shortName, "shortName", 200);
            tasks = Text.paragraphs(tasks, "tasks", 8000);
            functions = Text.paragraphs(functions, "functions", 8000);
            scoreRule = scoreRule == null ? UnitScoreRule.MEAN_OF_INDICATORS : scoreRule;
        }

        /** A profile scored by the default rule, the mean of all its indicators. */
        public UnitProfile(String name, String shortName, UnitType type, List<String> tasks, List<String> functions) {
            this(name, shortName, type, tasks, functions, UnitScoreRule.MEAN_OF_INDICATORS);
        }

        /** The letter of the function at a position: 0 → "a". */
        public static String functionLetter(int position) {
            return String.valueOf((char) ('a' + position));
        }
    }
}
