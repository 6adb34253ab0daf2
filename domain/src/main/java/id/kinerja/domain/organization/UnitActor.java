package id.kinerja.domain.organization;

/**
 * Who acts on the unit tree, as far as this package must know them: their name and whether they administer
 * every unit or plan for the units they serve. {@code user.Actor} is one; it is declared here because the
 * people's package depends on this one, not the other way round (ADR 0020).
 */
public interface UnitActor {
    String username();

    /** An administrator: registers root units and changes every unit. */
    boolean administersUnits();

    /** A planner: shapes the units they serve (assigned to, or under one assigned to). */
    boolean plansUnits();
}
