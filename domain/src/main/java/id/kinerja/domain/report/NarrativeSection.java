package id.kinerja.domain.report;

/**
 * The parts of the LKjIP (PermenPANRB 53/2014) that people write: the unit's sections, and per indicator the
 * analyses of Bab III A that no figure can give (analyses 1–3 are the engine's figures in the table).
 */
public enum NarrativeSection {
    EXECUTIVE_SUMMARY(false),
    STRATEGIC_ISSUES(false),
    PLAN_SUMMARY(false),
    CLOSING(false),
    /** Analysis 4: the indicator against a national standard, where one exists. */
    NATIONAL_STANDARD(true),
    /** Analysis 5: why the target was or was not reached. */
    CAUSES(true),
    /** Analysis 5: what was done about it. */
    SOLUTIONS(true),
    /** Analysis 6: the efficiency of the resources used. */
    EFFICIENCY(true),
    /** Analysis 7: programmes and activities that supported or hindered. */
    PROGRAMMES(true);

    private final boolean perIndicator;

    NarrativeSection(boolean perIndicator) {
        this.perIndicator = perIndicator;
    }

    /** Whether the section is written once per indicator rather than once for the report. */
    public boolean perIndicator() {
        return perIndicator;
    }
}
