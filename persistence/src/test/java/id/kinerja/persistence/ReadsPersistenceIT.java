package id.kinerja.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.evaluation.ReadYearClosures;
import id.kinerja.domain.evaluation.YearClosures;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.user.Users;
import id.kinerja.persistence.shared.SqlStatements;
import id.kinerja.persistence.testing.StatementCounter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The screens' queries on a thousand units: page 5 of 50 shows the right twenty with the total, in as many
 * statements as on a handful of units. Other tests share the database, so the units here are named to come
 * first ("0 …") and totals are counted on top of what was there.
 */
@MicronautTest(transactional = false)
class ReadsPersistenceIT {
    private static final PageRequest PAGE_FIVE = new PageRequest(4, 20);

    @Inject
    OrganizationUnits units;

    @Inject
    PlanPeriods periods;

    @Inject
    YearClosures closures;

    @Inject
    Users users;

    @Inject
    StatementCounter statements;

    @Inject
    SqlStatements sql;

    private ReadOrganization organization() {
        return new ReadOrganization(units, periods);
    }

    private ReadYearClosures closedYears() {
        return new ReadYearClosures(closures, units, users);
    }

    /** Roots "0 <run> R00".. each with children "… .C00"..; every unit has one plan and a closed 2024. */
    private List<UUID> insertTree(String run, int roots, int childrenEach) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        Instant base = Instant.parse("2030-01-01T00:00:00Z");
        sql.write(connection -> {
            try (PreparedStatement unit = connection.prepareStatement(
                            "INSERT INTO organization_unit (id, parent_id, name, short_name, unit_type, version)"
                                    + " VALUES (?, ?, ?, NULL, 'BIRO', 0)");
                    PreparedStatement plan = connection.prepareStatement(
                            "INSERT INTO plan_period (id, unit_id, plan_kind, name, first_year, last_year)"
                                    + " VALUES (?, ?, 'RENSTRA', ?, 2025, 2029)");
                    PreparedStatement closure = connection.prepareStatement(
                            "INSERT INTO year_closure (unit_id, closure_year, closed, changed_by, changed_at,"
                                    + " reason, version) VALUES (?, 2024, TRUE, 'auditor-reads', ?, ?, 0)")) {
                int order = 0;
                for (int r = 0; r < roots; r++) {
                    UUID root = UUID.randomUUID();
                    String rootName = String.format("0 %s R%02d", run, r);
                    add(unit, plan, closure, root, null, rootName, base.minusSeconds(order++), ids);
                    for (int c = 0; c < childrenEach; c++) {
                        add(
                                unit,
                                plan,
                                closure,
                                UUID.randomUUID(),
                                root,
                                String.format("%s.C%02d", rootName, c),
                                base.minusSeconds(order++),
                                ids);
                    }
                }
                unit.executeBatch();
                plan.executeBatch();
                closure.executeBatch();
            }
            return null;
        });
        return ids;
    }

    private static void add(
            PreparedStatement unit,
            PreparedStatement plan,
            PreparedStatement closure,
            UUID id,
            UUID parent,
            String name,
            Instant closedAt,
            List<UUID> ids)
            throws SQLException {
        unit.setObject(1, id);
        unit.setObject(2, parent);
        unit.setString(3, name);
        unit.addBatch();
        plan.setObject(1, UUID.randomUUID());
        plan.setObject(2, id);
        plan.setString(3, "Renstra " + name);
        plan.addBatch();
        closure.setObject(1, id);
        closure.setTimestamp(2, Timestamp.from(closedAt));
        closure.setString(3, "closed " + name);
        closure.addBatch();
        ids.add(id);
    }

    private <T> Counted<T> counted(Supplier<T> read) {
        long before = statements.prepared();
        T result = read.get();
        return new Counted<>(result, statements.prepared() - before);
    }

    private record Counted<T>(T result, long statements) {}

    @Test
    void aThousandUnitsPageThroughTheTreeTheListAndTheClosedYearsInAFixedNumberOfStatements() throws Exception {
        long unitsBefore = units.list(new PageRequest(0, 1)).total();
        long closuresBefore = closures.recent(new PageRequest(0, 1)).total();
        String small = "A" + UUID.randomUUID().toString().substring(0, 6);
        insertTree(small, 2, 2);
        long smallTree =
                counted(() -> organization().tree(new PageRequest(0, 5))).statements();
        long smallChoices = counted(() -> organization().choices()).statements();
        long smallList =
                counted(() -> organization().list(new PageRequest(0, 5))).statements();
        long smallClosures =
                counted(() -> closedYears().recent(new PageRequest(0, 5))).statements();

        String large = "B" + UUID.randomUUID().toString().substring(0, 6);
        insertTree(large, 50, 19);
        long total = unitsBefore + 6 + 1000;

        Counted<Page<ReadOrganization.UnitNode>> tree =
                counted(() -> organization().tree(PAGE_FIVE));
        // the small tree's 6 units come first ("0 A…"), so page five (units 80..99) starts 74 units into the
        // large tree, whose roots each head 20: R03.C13 .. R03.C18, R04, R04.C00 .. R04.C12
        assertThat(tree.result().total()).isEqualTo(total);
        assertThat(tree.result().items()).hasSize(20);
        List<String> expected = new ArrayList<>();
        for (int c = 13; c <= 18; c++) {
            expected.add(String.format("0 %s R03.C%02d", large, c));
        }
        expected.add(String.format("0 %s R04", large));
        for (int c = 0; c <= 12; c++) {
            expected.add(String.format("0 %s R04.C%02d", large, c));
        }
        assertThat(tree.result().items())
                .extracting(node -> node.unit().profile().name())
                .containsExactlyElementsOf(expected);
        assertThat(tree.result().items().get(5).depth()).isEqualTo(1);
        assertThat(tree.result().items().get(6).depth()).isZero();
        assertThat(tree.result().items())
                .allSatisfy(node -> assertThat(node.plans())
                        .singleElement()
                        .satisfies(plan -> assertThat(plan.name())
                                .isEqualTo("Renstra " + node.unit().profile().name())));
        assertThat(tree.statements())
                .as("tree statements, 1000 units against 6")
                .isEqualTo(smallTree);

        Counted<List<ReadOrganization.UnitChoice>> choices =
                counted(() -> organization().choices());
        assertThat(choices.result()).hasSize((int) total);
        assertThat(choices.result().subList(0, 7))
                .extracting(ReadOrganization.UnitChoice::name, ReadOrganization.UnitChoice::depth)
                .startsWith(
                        org.assertj.core.groups.Tuple.tuple("0 " + small + " R00", 0),
                        org.assertj.core.groups.Tuple.tuple("0 " + small + " R00.C00", 1));
        assertThat(choices.statements()).as("choices statements").isEqualTo(smallChoices);

        Counted<Page<id.kinerja.domain.organization.OrganizationUnit>> list =
                counted(() -> organization().list(PAGE_FIVE));
        assertThat(list.result().items()).hasSize(20);
        assertThat(list.result().total()).isEqualTo(total);
        assertThat(list.statements()).as("list statements").isEqualTo(smallList);

        Counted<Page<ReadYearClosures.ClosedYear>> recent =
                counted(() -> closedYears().recent(PAGE_FIVE));
        assertThat(recent.result().total()).isEqualTo(closuresBefore + 1006);
        assertThat(recent.result().items()).hasSize(20);
        assertThat(recent.result().items()).allSatisfy(closed -> {
            assertThat(closed.unitName()).startsWith("0 ");
            assertThat(closed.reason()).isEqualTo("closed " + closed.unitName());
            assertThat(closed.changedBy()).isEqualTo("auditor-reads");
            assertThat(closed.closed()).isTrue();
        });
        assertThat(recent.statements()).as("closed years statements").isEqualTo(smallClosures);
        System.out.printf(
                "statements: tree %d, choices %d, list %d, closed years %d%n",
                tree.statements(), choices.statements(), list.statements(), recent.statements());
    }
}
