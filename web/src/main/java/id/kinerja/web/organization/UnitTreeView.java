package id.kinerja.web.organization;

import id.kinerja.web.page.Pager;
import io.micronaut.core.annotation.Introspected;
import java.util.List;
import java.util.UUID;

/** A page of the organization tree (or of the units found), and whether the reader may change units. */
@Introspected
public record UnitTreeView(List<UnitRow> units, Pager pager, String search, String address, boolean canEdit) {

    /** A unit in the tree: its depth, its kind in words, its lettered functions, its plan periods. */
    @Introspected
    public record UnitRow(
            UUID id,
            int depth,
            String name,
            String type,
            List<String> tasks,
            List<String> functions,
            List<String> plans) {}
}
