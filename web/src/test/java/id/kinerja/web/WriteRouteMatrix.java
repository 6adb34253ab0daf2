package id.kinerja.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who may use each write route (POST, PUT, PATCH, DELETE) of the API and the pages: the one table the route
 * matrix test runs. A route is named by its method and its URI template as the router holds it. A route the
 * table does not name fails the test, so a new write route is classified here before it can be merged.
 *
 * <p>{@code owned} means the route acts on a unit and the roles that act only for the units they serve
 * ({@link #SCOPED}: evaluators, ADR 0013, and planners, ADR 0020) are refused on any other unit.
 */
final class WriteRouteMatrix {
    static final List<String> ROLES = List.of("ADMIN", "PLANNER", "EVALUATOR", "AUDITOR");

    /** The roles that act only for the units they are assigned to (and the units under them). */
    static final Set<String> SCOPED = Set.of("EVALUATOR", "PLANNER");

    /** Who may use a route, and whether the unit it acts on must be one a scoped role serves. */
    /**
     * @param unreachable the route cannot succeed on the shared test database (an archive import needs a fresh
     *     instance): for the roles it allows, any answer but 401 and 403 shows the role check let them through
     */
    record Rule(Set<String> roles, boolean owned, boolean unreachable) {
        Rule(Set<String> roles, boolean owned) {
            this(roles, owned, false);
        }

        /** The status class the route answers a person with this role, on a unit assigned to them or not. */
        boolean allows(String role, boolean assignedUnit) {
            return roles.contains(role) && (!owned || assignedUnit || !SCOPED.contains(role));
        }
    }

    private static final Set<String> EVERYONE = Set.copyOf(ROLES);
    private static final Set<String> ADMIN = Set.of("ADMIN");
    private static final Set<String> PLANNER = Set.of("PLANNER");
    private static final Set<String> EVALUATOR = Set.of("EVALUATOR");
    private static final Set<String> AUDITOR = Set.of("AUDITOR");
    private static final Set<String> AUDITOR_OR_ADMIN = Set.of("AUDITOR", "ADMIN");

    static final Map<String, Rule> RULES = rules();

    private static Map<String, Rule> rules() {
        Map<String, Rule> rules = new LinkedHashMap<>();
        // signing in and out: anyone
        rules.put("POST /api/v1/auth/token", new Rule(EVERYONE, false));
        rules.put("POST /login", new Rule(EVERYONE, false));
        rules.put("POST /logout", new Rule(EVERYONE, false));
        // micronaut-security's token introspection: any signed-in person learns what their own token says
        rules.put("POST /token_info", new Rule(EVERYONE, false));
        // accounts: administrators
        rules.put("POST /api/v1/users", new Rule(ADMIN, false));
        rules.put("PUT /api/v1/users/{id}", new Rule(ADMIN, false));
        rules.put("PUT /api/v1/users/{id}/units", new Rule(ADMIN, false));
        // the whole registry in one archive, into a fresh instance: administrators
        rules.put("POST /api/v1/archive", new Rule(ADMIN, false, true));
        rules.put("POST /arsip", new Rule(ADMIN, false, true));
        // the registry: planners of the unit (ADR 0020); units also administrators, of every unit
        rules.put("POST /api/v1/units", new Rule(Set.of("PLANNER", "ADMIN"), true));
        rules.put("PUT /api/v1/units/{id}", new Rule(Set.of("PLANNER", "ADMIN"), true));
        rules.put("POST /api/v1/plan-periods", new Rule(PLANNER, true));
        rules.put("POST /api/v1/decrees", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/decrees/{id}", new Rule(PLANNER, true));
        rules.put("POST /api/v1/decrees/{id}/enact", new Rule(PLANNER, true));
        rules.put("POST /api/v1/decrees/{id}/revoke", new Rule(PLANNER, true));
        rules.put("POST /api/v1/decrees/{id}/objectives", new Rule(PLANNER, true));
        rules.put("POST /api/v1/objectives/{objectiveId}/indicators", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/indicators/{id}", new Rule(PLANNER, true));
        rules.put("POST /api/v1/indicators/{id}/targets", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/indicators/{id}/targets/{year}", new Rule(PLANNER, true));
        // rating scales belong to no unit: every planner and administrator
        rules.put("POST /api/v1/rating-scales", new Rule(Set.of("PLANNER", "ADMIN"), false));
        rules.put("POST /keputusan", new Rule(PLANNER, true));
        rules.put("POST /keputusan/{id}/sasaran", new Rule(PLANNER, true));
        rules.put("POST /keputusan/{id}/indikator", new Rule(PLANNER, true));
        rules.put("POST /keputusan/{id}/tetapkan", new Rule(PLANNER, true));
        // surveys and realizations: evaluators of the unit
        rules.put("POST /api/v1/surveys", new Rule(EVALUATOR, true));
        rules.put("POST /api/v1/surveys/{id}/responses", new Rule(EVALUATOR, true));
        rules.put("POST /api/v1/indicators/{id}/realizations", new Rule(EVALUATOR, true));
        rules.put("PUT /api/v1/realizations/{id}", new Rule(EVALUATOR, true));
        rules.put("POST /api/v1/realizations/{id}/submit", new Rule(EVALUATOR, true));
        rules.put("POST /api/v1/realizations/{id}/evidence", new Rule(EVALUATOR, true));
        rules.put("POST /survei", new Rule(EVALUATOR, true));
        rules.put("POST /survei/{id}/jawaban", new Rule(EVALUATOR, true));
        rules.put("POST /survei/{id}/realisasi", new Rule(EVALUATOR, true));
        rules.put("POST /indikator/{id}/realisasi", new Rule(EVALUATOR, true));
        rules.put("POST /realisasi/{id}/ubah", new Rule(EVALUATOR, true));
        rules.put("POST /realisasi/{id}/ajukan", new Rule(EVALUATOR, true));
        rules.put("POST /realisasi/{id}/bukti", new Rule(EVALUATOR, true));
        // a correction: an evaluator of the unit, or an auditor or administrator of any unit
        rules.put("POST /api/v1/realizations/{id}/reopen", new Rule(Set.of("EVALUATOR", "AUDITOR", "ADMIN"), true));
        // review: auditors of every unit (never of what they entered: four eyes, tested apart)
        rules.put("POST /api/v1/realizations/{id}/verify", new Rule(AUDITOR, false));
        rules.put("POST /api/v1/realizations/{id}/return", new Rule(AUDITOR, false));
        rules.put("POST /realisasi/{id}/verifikasi", new Rule(AUDITOR, false));
        rules.put("POST /realisasi/{id}/kembalikan", new Rule(AUDITOR, false));
        // closing a unit's year: auditors and administrators of every unit
        rules.put("POST /api/v1/units/{id}/years/{year}/close", new Rule(AUDITOR_OR_ADMIN, false));
        rules.put("POST /api/v1/units/{id}/years/{year}/reopen", new Rule(AUDITOR_OR_ADMIN, false));
        rules.put("POST /tahun", new Rule(AUDITOR_OR_ADMIN, false));
        // administration pages (issue 12, item 1): the rules of the API routes they stand beside
        rules.put("POST /pengguna", new Rule(ADMIN, false));
        rules.put("POST /pengguna/{id}", new Rule(ADMIN, false));
        rules.put("POST /pengguna/{id}/sandi", new Rule(ADMIN, false));
        rules.put("POST /pengguna/{id}/unit", new Rule(ADMIN, false));
        rules.put("POST /unit", new Rule(PLANNER, true));
        rules.put("POST /unit/{id}", new Rule(PLANNER, true));
        rules.put("POST /periode-rencana", new Rule(PLANNER, true));
        rules.put("POST /skala-penilaian", new Rule(Set.of("PLANNER", "ADMIN"), false));
        // the planner's whole cycle and the survey link kept on pages (issue 12, items 2 and 6)
        rules.put("DELETE /api/v1/decrees/{id}", new Rule(PLANNER, true));
        rules.put("POST /keputusan/{id}/ubah", new Rule(PLANNER, true));
        rules.put("POST /keputusan/{id}/hapus", new Rule(PLANNER, true));
        rules.put("POST /keputusan/{id}/cabut", new Rule(PLANNER, true));
        rules.put("POST /keputusan/{id}/target", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/realizations/{id}/narrative", new Rule(EVALUATOR, true));
        rules.put("POST /realisasi/{id}/narasi", new Rule(EVALUATOR, true));
        rules.put("POST /realisasi/{id}/survei", new Rule(EVALUATOR, true));
        // Perjanjian Kinerja (issue 13): planners of every unit prepare, adjust, sign (the unit's head) and revise
        rules.put("POST /api/v1/units/{id}/performance-agreements", new Rule(PLANNER, false));
        rules.put("PUT /api/v1/performance-agreements/{agreementId}", new Rule(PLANNER, false));
        rules.put("PUT /api/v1/performance-agreements/{agreementId}/targets/{indicatorId}", new Rule(PLANNER, false));
        rules.put("POST /api/v1/performance-agreements/{agreementId}/sign", new Rule(PLANNER, false));
        rules.put("POST /api/v1/performance-agreements/{agreementId}/revise", new Rule(PLANNER, false));
        // the LKjIP (issue 13): planners of any unit write the narrative, auditors of every unit issue it
        rules.put("PUT /api/v1/units/{id}/reports/lkjip/{year}/narrative", new Rule(PLANNER, false));
        rules.put("POST /laporan-kinerja/{unitId}/{year}/narasi", new Rule(PLANNER, false));
        rules.put("POST /api/v1/units/{id}/reports/lkjip/{year}/issues", new Rule(AUDITOR, false));
        rules.put("POST /laporan-kinerja/{unitId}/{year}/terbitkan", new Rule(AUDITOR, false));
        // Matriks IKU import (issue 14): planners upload a unit's matrix and commit it into a draft decree
        rules.put("POST /api/v1/indicator-matrices", new Rule(PLANNER, false));
        rules.put("POST /api/v1/indicator-matrices/{id}/commit", new Rule(PLANNER, true));
        rules.put("POST /matriks", new Rule(PLANNER, false));
        rules.put("POST /matriks/{id}/simpan", new Rule(PLANNER, true));

        // Public page of approved results (issue 14, item 6): whether a unit publishes, planners and administrators
        rules.put("PUT /api/v1/units/{id}/publication", new Rule(Set.of("PLANNER", "ADMIN"), false));
        // Survey import progress and cancellation (issue 15, item 2): cancelling is importing's other half
        rules.put("POST /api/v1/surveys/{id}/import-runs/{runId}/cancel", new Rule(EVALUATOR, true));
        rules.put("POST /survei/{id}/impor/{runId}/batal", new Rule(EVALUATOR, true));
        // Survey results at summary level (issue 14, item 3): evaluators of the surveyed unit, as the survey routes
        rules.put("POST /api/v1/surveys/{id}/reported-results", new Rule(EVALUATOR, true));
        rules.put("POST /survei/{id}/dilaporkan", new Rule(EVALUATOR, true));

        // Cascading (issue 14, item 4): a planner of the child unit links its objective or indicator to the parent's
        rules.put("PUT /api/v1/objectives/{id}/support", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/indicators/{id}/support", new Rule(PLANNER, true));
        rules.put("DELETE /api/v1/objectives/{id}/support", new Rule(PLANNER, true));
        rules.put("DELETE /api/v1/indicators/{id}/support", new Rule(PLANNER, true));
        rules.put("POST /kaskade/sasaran/{id}", new Rule(PLANNER, true));
        rules.put("POST /kaskade/indikator/{id}", new Rule(PLANNER, true));

        // Realizations in bulk (issue 14, item 2): evaluators of the unit upload its sheet and commit it
        rules.put("POST /api/v1/realization-imports", new Rule(EVALUATOR, true));
        rules.put("POST /api/v1/realization-imports/{id}/commit", new Rule(EVALUATOR, true));
        rules.put("POST /impor-realisasi", new Rule(EVALUATOR, true));
        rules.put("POST /impor-realisasi/{id}/simpan", new Rule(EVALUATOR, true));

        // PK pages, scoping and budget realization (issue 13, items 1, 2 and 6): preparing, adjusting, signing and
        // revising a PK, writing the LKjIP's narrative and switching a unit's public page are a planner's of that
        // unit only (ADR 0020) — these rows restate the ones above as owned
        rules.put("POST /api/v1/units/{id}/performance-agreements", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/performance-agreements/{agreementId}", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/performance-agreements/{agreementId}/targets/{indicatorId}", new Rule(PLANNER, true));
        rules.put("POST /api/v1/performance-agreements/{agreementId}/sign", new Rule(PLANNER, true));
        rules.put("POST /api/v1/performance-agreements/{agreementId}/revise", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/units/{id}/reports/lkjip/{year}/narrative", new Rule(PLANNER, true));
        rules.put("POST /laporan-kinerja/{unitId}/{year}/narasi", new Rule(PLANNER, true));
        rules.put("PUT /api/v1/units/{id}/publication", new Rule(Set.of("PLANNER", "ADMIN"), true));
        // the PK's pages: the same rules as its API routes
        rules.put("POST /perjanjian-kinerja/{unitId}/{year}/susun", new Rule(PLANNER, true));
        rules.put("POST /perjanjian-kinerja/{id}/ubah", new Rule(PLANNER, true));
        rules.put("POST /perjanjian-kinerja/{id}/target", new Rule(PLANNER, true));
        rules.put("POST /perjanjian-kinerja/{id}/tandatangan", new Rule(PLANNER, true));
        rules.put("POST /perjanjian-kinerja/{id}/perubahan", new Rule(PLANNER, true));
        // budget realization of a PK version: a planner of its unit
        rules.put("PUT /api/v1/performance-agreements/{agreementId}/budget-realization", new Rule(PLANNER, true));
        // An indicator's definition revised on a page while its decree is a draft (issue 12, item 2)
        rules.put("POST /indikator/{id}/ubah", new Rule(PLANNER, true));

        // The public SKM questionnaire (issue 16): anyone sends answers, signed in or not (like signing in, the
        // route is public: anonymous sendings are tested in QuestionnaireIT); evaluators of the unit close it
        rules.put("POST /skm/{code}", new Rule(EVERYONE, false));
        rules.put("POST /survei/{id}/pengumpulan/tutup", new Rule(EVALUATOR, true));
        rules.put("POST /api/v1/surveys/{id}/collection/close", new Rule(EVALUATOR, true));
        // A draft decree's objective revised in its number and words (issue 12, item 2): planners of the unit
        rules.put("PUT /api/v1/objectives/{id}", new Rule(PLANNER, true));
        rules.put("POST /sasaran/{id}/ubah", new Rule(PLANNER, true));

        // Budget realization page and sheet import (issue 13, item 2): a planner of the PK's unit, like the PUT
        rules.put("POST /perjanjian-kinerja/{id}/anggaran", new Rule(PLANNER, true));
        rules.put("POST /perjanjian-kinerja/{id}/anggaran/impor", new Rule(PLANNER, true));
        rules.put(
                "POST /api/v1/performance-agreements/{agreementId}/budget-realization/import", new Rule(PLANNER, true));
        return Map.copyOf(rules);
    }

    /** Whether a method changes something: the routes the matrix must classify. */
    static boolean writes(String method) {
        return Set.of("POST", "PUT", "PATCH", "DELETE").contains(method);
    }

    /** The write routes among these ("METHOD /template") that the table does not classify, sorted. */
    static List<String> unclassified(Collection<String> routes, Map<String, ?> table) {
        Set<String> missing = new TreeSet<>();
        for (String route : routes) {
            if (writes(route.substring(0, route.indexOf(' '))) && !table.containsKey(route)) {
                missing.add(route);
            }
        }
        return new ArrayList<>(missing);
    }

    /** The table's rows that name no route any more (a route renamed or removed), sorted. */
    static List<String> stale(Collection<String> routes, Map<String, ?> table) {
        Set<String> left = new TreeSet<>(table.keySet());
        left.removeAll(routes);
        return new ArrayList<>(left);
    }

    private WriteRouteMatrix() {}
}
