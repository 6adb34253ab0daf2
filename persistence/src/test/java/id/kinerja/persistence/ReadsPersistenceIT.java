package id.kinerja.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import id.kinerja.domain.decree.Decrees;
import id.kinerja.domain.evaluation.ReadDueIndicators;
import id.kinerja.domain.evaluation.ReadWorkList;
import id.kinerja.domain.evaluation.ReadYearClosures;
import id.kinerja.domain.evaluation.Realizations;
import id.kinerja.domain.evaluation.ReviewStatus;
import id.kinerja.domain.evaluation.YearClosures;
import id.kinerja.domain.evaluation.YearlyValue;
import id.kinerja.domain.indicator.Indicators;
import id.kinerja.domain.indicator.Objectives;
import id.kinerja.domain.organization.OrganizationUnit;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.organization.OrganizationUnits;
import id.kinerja.domain.organization.ReadOrganization;
import id.kinerja.domain.plan.PlanPeriod;
import id.kinerja.domain.plan.PlanPeriods;
import id.kinerja.domain.plan.ReadPlanPeriods;
import id.kinerja.domain.shared.Page;
import id.kinerja.domain.shared.PageRequest;
import id.kinerja.domain.shared.Year;
import id.kinerja.domain.user.UnitAssignments;
import id.kinerja.domain.user.Users;
import id.kinerja.persistence.shared.SqlStatements;
import id.kinerja.persistence.testing.StatementCounter;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/**
 * The screens' queries on a thousand units: page 5 of 50 shows the right twenty with the total, in as many
 * statements as on a handful of units (and more than none: {@link StatementCounterIT} proves the counter
 * sees every connection). Other tests share the database, so the units here are named to come first
 * ("0 …"), their closures and submitted realizations are dated in the future to come first in the
 * latest-first lists, and totals are counted on top of what was there.
 *
 * <p>Every unit gets a plan for 2025–2029, a closed 2024, an enacted decree with one objective and one annual
 * indicator, and a submitted realization of that indicator for 2026; an evaluator is assigned to the units,
 * so each indicator is due for 2025.
 */
@MicronautTest(transactional = false)
class ReadsPersistenceIT {
    private static final PageRequest PAGE_FIVE = new PageRequest(4, 20);
    private static final Year DUE_YEAR = Year.of(2025);

    @Inject
    OrganizationUnits units;

    @Inject
    PlanPeriods periods;

    @Inject
    YearClosures closures;

    @Inject
    Users users;

    @Inject
    Realizations realizations;

    @Inject
    Indicators indicators;

    @Inject
    Objectives objectives;

    @Inject
    Decrees decrees;

    @Inject
    UnitAssignments assignments;

    @Inject
    StatementCounter statements;

    @Inject
    SqlStatements sql;

    private ReadOrganization organization() {
        return new ReadOrganization(units);
    }

    /** The plan periods beside a page of the tree, read for the page's units at once. */
    private Map<OrganizationUnitId, List<PlanPeriod>> plansOf(Page<ReadOrganization.UnitNode> page) {
        return new ReadPlanPeriods(periods)
                .ofUnits(page.items().stream().map(node -> node.unit().id()).toList());
    }

    private ReadYearClosures closedYears() {
        return new ReadYearClosures(closures, units, users);
    }

    private ReadWorkList workList() {
        return new ReadWorkList(realizations, indicators);
    }

    private ReadDueIndicators due() {
        return new ReadDueIndicators(assignments, units, objectives, decrees, periods, indicators, realizations);
    }

    /**
     * Roots "0 run R00".. each with children "… .C00"..; the n-th unit's closure and realization were changed at
     * {@code latest} minus n seconds. Returns the units' ids, in that order.
     */
    private List<UUID> insertTree(String run, int roots, int childrenEach, Instant latest) throws SQLException {
        Map<UUID, String> names = new LinkedHashMap<>();
        Map<UUID, UUID> parents = new LinkedHashMap<>();
        for (int r = 0; r < roots; r++) {
            UUID root = UUID.randomUUID();
            String rootName = String.format("0 %s R%02d", run, r);
            names.put(root, rootName);
            for (int c = 0; c < childrenEach; c++) {
                UUID child = UUID.randomUUID();
                names.put(child, String.format("%s.C%02d", rootName, c));
                parents.put(child, root);
            }
        }
        sql.write(connection -> {
            try (PreparedStatement unit = connection.prepareStatement(
                            "INSERT INTO organization_unit (id, parent_id, name, short_name, unit_type, version)"
                                    + " VALUES (?, ?, ?, NULL, 'BIRO', 0)");
                    PreparedStatement plan = connection.prepareStatement(
                            "INSERT INTO plan_period (id, unit_id, plan_kind, name, first_year, last_year)"
                                    + " VALUES (?, ?, 'RENSTRA', ?, 2025, 2029)");
                    PreparedStatement closure = connection.prepareStatement(
                            "INSERT INTO year_closure (unit_id, closure_year, closed, changed_by, changed_at,"
                                    + " reason, version) VALUES (?, 2024, TRUE, 'auditor-reads', ?, ?, 0)");
                    PreparedStatement decree = connection.prepareStatement(
                            "INSERT INTO decree (id, issuing_unit_id, decree_number, title, issuing_official,"
                                    + " signatory_name, signatory_position, status, enacted_on, version)"
                                    + " VALUES (?, ?, 'KEP/1', ?, 'Kepala', 'Penandatangan', 'Kepala', 'ENACTED', ?,"
                                    + " 0)");
                    PreparedStatement objective = connection.prepareStatement(
                            "INSERT INTO objective (id, decree_id, unit_id, plan_period_id, code, statement)"
                                    + " VALUES (?, ?, ?, ?, '1', 'Tujuan')");
                    PreparedStatement indicator = connection.prepareStatement(
                            "INSERT INTO indicator (id, objective_id, decree_id, code, name, unit_of_measure,"
                                    + " indicator_kind, polarity, frequency, rollup, version)"
                                    + " VALUES (?, ?, ?, '1', ?, '%', 'NUMERIC', 'HIGHER_IS_BETTER', 'ANNUAL',"
                                    + " 'LAST_PERIOD', 0)");
                    PreparedStatement realization = connection.prepareStatement(
                            "INSERT INTO realization (id, indicator_id, realization_year, period, revision, amount,"
                                    + " amount_scale, source_kind, status, changed_at, version)"
                                    + " VALUES (?, ?, 2026, 'ANNUAL', 1, 75, 0, 'ENTERED', 'SUBMITTED', ?, 0)")) {
                int order = 0;
                for (Map.Entry<UUID, String> entry : names.entrySet()) {
                    UUID id = entry.getKey();
                    String name = entry.getValue();
                    Timestamp changedAt = Timestamp.from(latest.minusSeconds(order++));
                    UUID planId = UUID.randomUUID();
                    UUID decreeId = UUID.randomUUID();
                    UUID objectiveId = UUID.randomUUID();
                    UUID indicatorId = UUID.randomUUID();
                    unit.setObject(1, id);
                    unit.setObject(2, parents.get(id));
                    unit.setString(3, name);
                    unit.addBatch();
                    plan.setObject(1, planId);
                    plan.setObject(2, id);
                    plan.setString(3, "Renstra " + name);
                    plan.addBatch();
                    closure.setObject(1, id);
                    closure.setTimestamp(2, changedAt);
                    closure.setString(3, "closed " + name);
                    closure.addBatch();
                    decree.setObject(1, decreeId);
                    decree.setObject(2, id);
                    decree.setString(3, "Penetapan " + name);
                    decree.setDate(4, Date.valueOf(LocalDate.of(2024, 1, 2)));
                    decree.addBatch();
                    objective.setObject(1, objectiveId);
                    objective.setObject(2, decreeId);
                    objective.setObject(3, id);
                    objective.setObject(4, planId);
                    objective.addBatch();
                    indicator.setObject(1, indicatorId);
                    indicator.setObject(2, objectiveId);
                    indicator.setObject(3, decreeId);
                    indicator.setString(4, "Indikator " + name);
                    indicator.addBatch();
                    realization.setObject(1, UUID.randomUUID());
                    realization.setObject(2, indicatorId);
                    realization.setTimestamp(3, changedAt);
                    realization.addBatch();
                }
                // parents before children, and each table before the tables that refer to it
                unit.executeBatch();
                plan.executeBatch();
                closure.executeBatch();
                decree.executeBatch();
                objective.executeBatch();
                indicator.executeBatch();
                realization.executeBatch();
            }
            return null;
        });
        return new ArrayList<>(names.keySet());
    }

    /** A new evaluator assigned to these units; returns the username. */
    private String evaluatorOf(List<UUID> unitIds) throws SQLException {
        UUID user = UUID.randomUUID();
        String username = "reads-" + user.toString().substring(0, 8);
        sql.write(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO app_user (id, username, display_name, password_hash, active, version)"
                                    + " VALUES (?, ?, 'Evaluator', 'hash', TRUE, 0)");
                    PreparedStatement assign =
                            connection.prepareStatement("INSERT INTO user_unit (user_id, unit_id) VALUES (?, ?)")) {
                insert.setObject(1, user);
                insert.setString(2, username);
                insert.executeUpdate();
                for (UUID unit : unitIds) {
                    assign.setObject(1, user);
                    assign.setObject(2, unit);
                    assign.addBatch();
                }
                assign.executeBatch();
            }
            return null;
        });
        return username;
    }

    private <T> Counted<T> counted(Supplier<T> read) {
        long prepared = statements.prepared();
        long executed = statements.executed();
        T result = read.get();
        return new Counted<>(result, statements.prepared() - prepared, statements.executed() - executed);
    }

    /** What a read returned and the statements it prepared and executed. */
    private record Counted<T>(T result, long prepared, long executed) {
        String costs() {
            return prepared + "/" + executed;
        }
    }

    private static void assertSameCost(String read, Counted<?> small, Counted<?> large) {
        assertThat(small.executed()).as(read + " executes statements").isPositive();
        assertThat(large.executed())
                .as(read + " statements executed, 1006 units against 6")
                .isEqualTo(small.executed());
        assertThat(large.prepared())
                .as(read + " statements prepared, 1006 units against 6")
                .isEqualTo(small.prepared());
    }

    @Test
    void aThousandUnitsPageThroughTheScreensReadsInAFixedNumberOfStatements() throws Exception {
        long unitsBefore = units.list(new PageRequest(0, 1)).total();
        long closuresBefore = closures.recent(new PageRequest(0, 1)).total();
        long submittedBefore = realizations
                .latestWithStatus(ReviewStatus.SUBMITTED, new PageRequest(0, 1))
                .total();
        String small = "A" + UUID.randomUUID().toString().substring(0, 6);
        List<UUID> smallUnits = insertTree(small, 2, 2, Instant.parse("2030-01-01T00:00:00Z"));
        String smallEvaluator = evaluatorOf(smallUnits);
        Map<String, Counted<?>> smallCosts = new LinkedHashMap<>();
        Page<ReadOrganization.UnitNode> smallPage = organization().tree(new PageRequest(0, 5));
        smallCosts.put("tree", counted(() -> organization().tree(new PageRequest(0, 5))));
        smallCosts.put("plans", counted(() -> plansOf(smallPage)));
        smallCosts.put("choices", counted(() -> organization().choices()));
        smallCosts.put("list", counted(() -> organization().list(new PageRequest(0, 5))));
        smallCosts.put(
                "work list", counted(() -> workList().withStatus(ReviewStatus.SUBMITTED, new PageRequest(0, 5))));
        Counted<Page<ReadDueIndicators.DueIndicator>> smallDue =
                counted(() -> due().of(smallEvaluator, DUE_YEAR, new PageRequest(0, 5)));
        assertThat(smallDue.result().total()).isEqualTo(6);
        smallCosts.put("due indicators", smallDue);
        smallCosts.put("closed years", counted(() -> closedYears().recent(new PageRequest(0, 5))));

        // later than the small tree's, so that the large tree heads the latest-first lists
        String large = "B" + UUID.randomUUID().toString().substring(0, 6);
        List<UUID> largeUnits = insertTree(large, 50, 19, Instant.parse("2031-01-01T00:00:00Z"));
        List<UUID> all = new ArrayList<>(smallUnits);
        all.addAll(largeUnits);
        String largeEvaluator = evaluatorOf(all);
        long total = unitsBefore + 6 + 1000;

        // By name, the small tree's 6 units come first ("0 A…"), so page five (units 80..99) starts 74 units
        // into the large tree, whose roots each head 20: R03.C13 .. R03.C18, R04, R04.C00 .. R04.C12
        List<String> byName = new ArrayList<>();
        for (int c = 13; c <= 18; c++) {
            byName.add(String.format("0 %s R03.C%02d", large, c));
        }
        byName.add(String.format("0 %s R04", large));
        for (int c = 0; c <= 12; c++) {
            byName.add(String.format("0 %s R04.C%02d", large, c));
        }
        // Latest first, the large tree's 1000 come first, in the order they were inserted: R04, R04.C00 .. C18
        List<String> latestFirst = new ArrayList<>();
        latestFirst.add(String.format("0 %s R04", large));
        for (int c = 0; c <= 18; c++) {
            latestFirst.add(String.format("0 %s R04.C%02d", large, c));
        }

        Map<String, Counted<?>> largeCosts = new LinkedHashMap<>();
        Counted<Page<ReadOrganization.UnitNode>> tree =
                counted(() -> organization().tree(PAGE_FIVE));
        largeCosts.put("tree", tree);
        assertThat(tree.result().total()).isEqualTo(total);
        assertThat(tree.result().items())
                .extracting(node -> node.unit().profile().name())
                .containsExactlyElementsOf(byName);
        assertThat(tree.result().items().get(5).depth()).isEqualTo(1);
        assertThat(tree.result().items().get(6).depth()).isZero();
        Counted<Map<OrganizationUnitId, List<PlanPeriod>>> plans = counted(() -> plansOf(tree.result()));
        largeCosts.put("plans", plans);
        assertThat(tree.result().items())
                .allSatisfy(node -> assertThat(plans.result().get(node.unit().id()))
                        .singleElement()
                        .satisfies(plan -> assertThat(plan.name())
                                .isEqualTo("Renstra " + node.unit().profile().name())));

        Counted<List<ReadOrganization.UnitChoice>> choices =
                counted(() -> organization().choices());
        largeCosts.put("choices", choices);
        assertThat(choices.result()).hasSize((int) total);
        assertThat(choices.result().subList(0, 7))
                .extracting(ReadOrganization.UnitChoice::name, ReadOrganization.UnitChoice::depth)
                .startsWith(Tuple.tuple("0 " + small + " R00", 0), Tuple.tuple("0 " + small + " R00.C00", 1));

        Counted<Page<OrganizationUnit>> list = counted(() -> organization().list(PAGE_FIVE));
        largeCosts.put("list", list);
        assertThat(list.result().total()).isEqualTo(total);
        assertThat(list.result().items())
                .extracting(unit -> unit.profile().name())
                .containsExactlyElementsOf(byName);

        Counted<Page<ReadWorkList.RealizationSummary>> work =
                counted(() -> workList().withStatus(ReviewStatus.SUBMITTED, PAGE_FIVE));
        largeCosts.put("work list", work);
        assertThat(work.result().total()).isEqualTo(submittedBefore + 1006);
        assertThat(work.result().items())
                .extracting(ReadWorkList.RealizationSummary::unitName)
                .containsExactlyElementsOf(latestFirst);
        assertThat(work.result().items()).allSatisfy(summary -> {
            assertThat(summary.indicatorName()).isEqualTo("Indikator " + summary.unitName());
            assertThat(summary.realization().status()).isEqualTo(ReviewStatus.SUBMITTED);
        });

        Counted<Page<ReadDueIndicators.DueIndicator>> dueIndicators =
                counted(() -> due().of(largeEvaluator, DUE_YEAR, PAGE_FIVE));
        largeCosts.put("due indicators", dueIndicators);
        assertThat(dueIndicators.result().total()).isEqualTo(1006);
        assertThat(dueIndicators.result().items())
                .extracting(ReadDueIndicators.DueIndicator::unitName)
                .containsExactlyElementsOf(byName);
        assertThat(dueIndicators.result().items()).allSatisfy(indicator -> {
            assertThat(indicator.indicatorName()).isEqualTo("Indikator " + indicator.unitName());
            assertThat(indicator.year()).isEqualTo(DUE_YEAR);
            assertThat(indicator.value()).isInstanceOf(YearlyValue.Missing.class);
        });

        Counted<Page<ReadYearClosures.ClosedYear>> recent =
                counted(() -> closedYears().recent(PAGE_FIVE));
        largeCosts.put("closed years", recent);
        assertThat(recent.result().total()).isEqualTo(closuresBefore + 1006);
        assertThat(recent.result().items())
                .extracting(ReadYearClosures.ClosedYear::unitName)
                .containsExactlyElementsOf(latestFirst);
        assertThat(recent.result().items()).allSatisfy(closed -> {
            assertThat(closed.reason()).isEqualTo("closed " + closed.unitName());
            assertThat(closed.changedBy()).isEqualTo("auditor-reads");
            assertThat(closed.closed()).isTrue();
        });

        StringBuilder report = new StringBuilder("statements prepared/executed, 6 units -> 1006 units:");
        smallCosts.forEach((read, cost) -> report.append(String.format(
                " %s %s -> %s;", read, cost.costs(), largeCosts.get(read).costs())));
        System.out.println(report);
        smallCosts.forEach((read, cost) -> assertSameCost(read, cost, largeCosts.get(read)));
        // the same on H2 and PostgreSQL; a change here is a change of the queries, to be made on purpose
        assertThat(largeCosts)
                .extractingByKeys("tree", "plans", "choices", "list", "work list", "due indicators", "closed years")
                .extracting(cost -> ((Counted<?>) cost).executed())
                .containsExactly(3L, 1L, 1L, 3L, 3L, 11L, 5L);
    }
}
