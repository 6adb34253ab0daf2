package id.kinerja.http.security;

/** The role names as {@code @Secured} needs them: compile-time constants mirroring the domain's roles. */
public final class Roles {
    public static final String ADMIN = "ADMIN";
    public static final String PLANNER = "PLANNER";
    public static final String EVALUATOR = "EVALUATOR";
    public static final String AUDITOR = "AUDITOR";

    private Roles() {}
}
