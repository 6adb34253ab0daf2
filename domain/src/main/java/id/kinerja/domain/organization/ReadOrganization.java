package id.kinerja.domain.organization;

import id.kinerja.domain.organization.OrganizationUnits.UnitOutline;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Membaca struktur organisasi: the units as a tree (roots by name, each unit's sub-units by name under it),
 * a page at a time with the total, or every unit for a picker. Reads a fixed number of times whatever the
 * number of units: the outline of all units to order them, then the page's units. (Their plan periods are
 * the plan package's to read: it depends on this one, not the other way round.)
 */
public final class ReadOrganization {
    private static final Comparator<UnitOutline> BY_NAME = Comparator.comparing(UnitOutline::name)
            .thenComparing(outline -> outline.id().value());

    private final OrganizationUnits units;

    public ReadOrganization(OrganizationUnits units) {
        this.units = units;
    }

    /** A unit in the tree and how deep it sits (0 for a root). */
    public record UnitNode(OrganizationUnit unit, int depth) {}

    /** A unit as a picker offers it: its name, indented by its depth. */
    public record UnitChoice(OrganizationUnitId id, String name, int depth) {}

    /** One page of the tree in depth-first order; the total is the number of units. */
    public Page<UnitNode> tree(PageRequest page) {
        return tree(null, page);
    }

    /**
     * One page of the tree in depth-first order, only the units whose name holds the text (any case) when one
     * is given; each keeps its depth so that a found sub-unit still shows where it sits.
     */
    public Page<UnitNode> tree(String search, PageRequest page) {
        String wanted =
                search == null || search.isBlank() ? null : search.strip().toLowerCase(Locale.ROOT);
        List<UnitChoice> ordered = wanted == null
                ? choices()
                : choices().stream()
                        .filter(choice -> choice.name().toLowerCase(Locale.ROOT).contains(wanted))
                        .toList();
        List<UnitChoice> slice =
                ordered.stream().skip(page.offset()).limit(page.size()).toList();
        List<OrganizationUnitId> ids = slice.stream().map(UnitChoice::id).toList();
        Map<OrganizationUnitId, OrganizationUnit> found =
                units.findAll(ids).stream().collect(Collectors.toMap(OrganizationUnit::id, Function.identity()));
        List<UnitNode> nodes = slice.stream()
                .filter(choice -> found.containsKey(choice.id()))
                .map(choice -> new UnitNode(found.get(choice.id()), choice.depth()))
                .toList();
        return new Page<>(nodes, page, ordered.size());
    }

    /** Every unit in tree order, with no limit, from one read: what a unit picker offers. */
    public List<UnitChoice> choices() {
        List<UnitOutline> outline = units.outline();
        Set<OrganizationUnitId> known = new HashSet<>();
        outline.forEach(unit -> known.add(unit.id()));
        Map<OrganizationUnitId, List<UnitOutline>> children = new HashMap<>();
        List<UnitOutline> roots = new ArrayList<>();
        for (UnitOutline unit : outline) {
            if (unit.parentId() == null || !known.contains(unit.parentId())) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), parent -> new ArrayList<>())
                        .add(unit);
            }
        }
        roots.sort(BY_NAME);
        children.values().forEach(list -> list.sort(BY_NAME));
        List<UnitChoice> ordered = new ArrayList<>(outline.size());
        Set<OrganizationUnitId> visited = new HashSet<>();
        Deque<UnitChoice> stack = new ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(new UnitChoice(roots.get(i).id(), roots.get(i).name(), 0));
        }
        while (!stack.isEmpty()) {
            UnitChoice next = stack.pop();
            if (!visited.add(next.id())) {
                continue;
            }
            ordered.add(next);
            List<UnitOutline> under = children.getOrDefault(next.id(), List.of());
            for (int i = under.size() - 1; i >= 0; i--) {
                stack.push(new UnitChoice(under.get(i).id(), under.get(i).name(), next.depth() + 1));
            }
        }
        return ordered;
    }

    /** One page of the units by name, for the API. */
    public Page<OrganizationUnit> list(PageRequest page) {
        return units.list(page);
    }

    public Optional<OrganizationUnit> find(OrganizationUnitId id) {
        return units.find(id);
    }

    public OrganizationUnit get(OrganizationUnitId id) {
        return units.get(id);
    }
}
