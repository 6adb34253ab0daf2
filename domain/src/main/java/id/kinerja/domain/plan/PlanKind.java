package id.kinerja.domain.plan;

/** The kind of multi-year plan. */
public enum PlanKind {
    /** Rencana Strategis: a unit's five-year strategic plan. */
    RENSTRA,
    /** Rencana Pembangunan Daerah: a transitional plan such as 2024–2026. */
    RPD,
    /** Rencana Pembangunan Jangka Menengah Daerah: the region's medium-term plan. */
    RPJMD
}
