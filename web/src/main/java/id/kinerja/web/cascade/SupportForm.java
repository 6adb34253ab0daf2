package id.kinerja.web.cascade;

import static id.kinerja.web.page.WrittenValues.id;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.cascade.CascadeNode;
import id.kinerja.domain.cascade.SetSupport;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.user.Actor;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import java.util.Optional;
import java.util.UUID;

/**
 * The parent unit's node an objective or indicator of a decree supports, as the planner picked it: {@code dukung}
 * is "OBJECTIVE:id" or "INDICATOR:id", empty to clear; {@code keputusan} is the decree whose page it came from.
 */
@Introspected
@Serdeable.Deserializable
public record SupportForm(
        @Nullable @NotBlank String keputusan, @Nullable String dukung) {

    UUID decree() {
        return id(keputusan, "keputusan");
    }

    SetSupport.Command command(Actor by, CascadeNode supporter) {
        String picked = text(dukung);
        if (picked == null) {
            return new SetSupport.Command(by, supporter, Optional.empty());
        }
        int colon = picked.indexOf(':');
        CascadeNode.Kind kind = colon < 0
                ? null
                : switch (picked.substring(0, colon)) {
                    case "OBJECTIVE" -> CascadeNode.Kind.OBJECTIVE;
                    case "INDICATOR" -> CascadeNode.Kind.INDICATOR;
                    default -> null;
                };
        if (kind == null) {
            throw new InvalidValue("cascade.one-node", "dukung", "pick an objective or indicator of the parent unit");
        }
        return new SetSupport.Command(
                by, supporter, Optional.of(new CascadeNode(kind, id(picked.substring(colon + 1), "dukung"))));
    }
}
