package id.kinerja.domain.satisfaction;

/** How a satisfaction-index indicator over several services combines them into one index. */
public enum ServiceCombination {
    /** All respondents together, the per-element NRR once; the default. */
    POOLED,
    /** The arithmetic mean of the services' indexes. */
    MEAN_OF_SERVICES,
    /** The services' indexes weighted by their number of respondents. */
    RESPONDENT_WEIGHTED
}
