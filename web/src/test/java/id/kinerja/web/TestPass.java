package id.kinerja.web;

import java.util.List;

/**
 * Which of the two integration-test passes this JVM runs: the first on embedded H2, the second on PostgreSQL
 * (the failsafe executions set {@code kinerja.test.database}). The PostgreSQL pass is there to prove every
 * migration and query on PostgreSQL; what a page looks like, which words it uses and what axe-core finds in its
 * markup come from the same templates whatever the database, so the browser tests check those in the H2 pass
 * and walk the PostgreSQL pass in one language. Every statement behind a page runs in both passes either way:
 * the queries do not depend on the language.
 */
final class TestPass {
    /** True in the PostgreSQL pass. */
    static final boolean ON_POSTGRESQL = "postgresql".equals(System.getProperty("kinerja.test.database"));

    private TestPass() {}

    /** True where the checks of what a page looks like and says run: every pass but PostgreSQL's. */
    static boolean checksLooks() {
        return !ON_POSTGRESQL;
    }

    /**
     * The languages a browser journey walks: both in the H2 pass, Indonesian only in the PostgreSQL pass
     * (a {@code @MethodSource} for parameterized journeys).
     */
    static List<String> languages() {
        return ON_POSTGRESQL ? List.of("id") : List.of("id", "en");
    }
}
