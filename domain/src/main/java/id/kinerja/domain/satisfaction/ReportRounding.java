package id.kinerja.domain.satisfaction;

/**
 * Pembulatan laporan: the rounding a published SKM report applied along the way, named so that Kinerja can
 * reproduce the figure it printed (ADR 0035). Every rounding is to 2 decimals, HALF_UP, as spreadsheets do.
 */
public enum ReportRounding {
    /** Nothing rounded before the IKM itself: the exact figure, rounded once at the end. */
    NONE,
    /** Each element's NRR rounded to 2 decimals first; the weighted sum and the IKM then computed exactly. */
    ELEMENT_MEANS_2DP,
    /**
     * Each element's NRR rounded to 2 decimals, then the index (the weighted sum of the NRRs, on the 1–4 scale)
     * rounded to 2 decimals before × 25 — the way most printed reports arrive at a figure such as 92,25.
     */
    ELEMENT_MEANS_AND_INDEX_2DP
}
