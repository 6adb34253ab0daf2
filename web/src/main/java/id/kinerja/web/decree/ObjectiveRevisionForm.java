package id.kinerja.web.decree;

import static id.kinerja.web.page.WrittenValues.requiredInteger;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.indicator.Objective;
import id.kinerja.domain.indicator.ReviseObjective;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A draft decree's strategic objective revised on its page: its number and its words, with the version it was
 * read at so that a revision never overwrites another made meanwhile. Its plan period is kept.
 */
@Introspected
@Serdeable.Deserializable
public record ObjectiveRevisionForm(
        @Nullable @NotBlank @Size(max = 20) String version,
        @Nullable @NotBlank @Size(max = 20) String code,
        @Nullable @NotBlank @Size(max = 2000) String statement) {

    /** The form filled with the objective as it stands. */
    static ObjectiveRevisionForm of(Objective objective) {
        return new ObjectiveRevisionForm(String.valueOf(objective.version()), objective.code(), objective.statement());
    }

    ReviseObjective.Command command(Actor by, Objective objective) {
        return new ReviseObjective.Command(
                by, objective.id(), requiredInteger(version, "version"), text(code), text(statement));
    }
}
