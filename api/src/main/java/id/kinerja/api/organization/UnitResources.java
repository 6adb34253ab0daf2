package id.kinerja.api.organization;

import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnit.UnitProfile;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.UnitScoreRule;
import id.kinerja.domain.organization.UnitType;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** The JSON shapes of organization units. */
public final class UnitResources {
    private UnitResources() {}

    /**
     * A unit to register, or a unit's new state (then with the version it was read at).
     *
     * @param scoreRule how the unit's score is averaged; absent means the mean of all its indicators
     */
    @Serdeable
    public record UnitRequest(
            @Nullable UUID parentId,
            @NotBlank @Size(max = 500) String name,
            @Nullable @Size(max = 200) String shortName,
            @NotNull UnitType type,
            @Nullable List<@NotBlank String> tasks,
            @Nullable List<@NotBlank String> functions,
            @Nullable UnitScoreRule scoreRule,
            @Nullable Long version) {

        UnitProfile profile() {
            return new UnitProfile(name, shortName, type, tasks, functions, scoreRule);
        }

        OrganizationUnitId parent() {
            return parentId == null ? null : new OrganizationUnitId(parentId);
        }
    }

    /** A function with its letter, as the decree prints it: "a. Perumusan program kerja…". */
    @Serdeable
    public record LetteredText(String letter, String text) {
        /** A unit's functions with their letters a, b, c… by position. */
        public static List<LetteredText> functionsOf(UnitProfile profile) {
            return IntStream.range(0, profile.functions().size())
                    .mapToObj(i -> new LetteredText(
                            UnitProfile.functionLetter(i), profile.functions().get(i)))
                    .toList();
        }
    }

    @Serdeable
    public record UnitResponse(
            UUID id,
            @Nullable UUID parentId,
            String name,
            @Nullable String shortName,
            UnitType type,
            List<String> tasks,
            List<LetteredText> functions,
            UnitScoreRule scoreRule,
            long version) {

        public static UnitResponse of(OrganizationUnit unit) {
            UnitProfile profile = unit.profile();
            return new UnitResponse(
                    unit.id().value(),
                    unit.parentId().map(OrganizationUnitId::value).orElse(null),
                    profile.name(),
                    profile.shortName(),
                    profile.type(),
                    profile.tasks(),
                    LetteredText.functionsOf(profile),
                    profile.scoreRule(),
                    unit.version());
        }
    }
}
