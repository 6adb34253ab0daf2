package id.kinerja.web.page;

import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** A unit in a picker, indented by its depth in the organization so that the tree shows in a list. */
@Introspected
public record UnitChoice(UUID id, String name, int depth) {
    /** The name indented by depth, for an option of a select list. */
    public String indented() {
        return "\u2003".repeat(depth) + name;
    }
}
