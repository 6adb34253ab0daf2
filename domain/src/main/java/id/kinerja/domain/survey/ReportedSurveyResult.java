package id.kinerja.domain.survey;

import id.kinerja.domain.satisfaction.Methodology;
import id.kinerja.domain.satisfaction.ReportRounding;
import id.kinerja.domain.satisfaction.ReproducedIndex;
import id.kinerja.domain.satisfaction.WeightVariant;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Hasil SKM yang dilaporkan: a survey result entered from a report Kinerja did not compute — the per-element
 * NRRs, or the IKM alone — with the report kept as evidence. It is a version of its survey's result like a
 * computed one, so an indicator's realization can take it; it is always shown as reported (ADR 0035).
 *
 * @param elementNrrs the NRR per element code in the methodology's order, as typed; empty for the IKM alone
 * @param printedIndex the IKM as the report prints it: checked against the reproduction when NRRs are given,
 *     the figure itself when they are not
 * @param respondents the respondents the report names, when it names them
 */
public record ReportedSurveyResult(
        SurveyId survey,
        int version,
        String reportTitle,
        ReportRounding rounding,
        Map<String, BigDecimal> elementNrrs,
        Optional<BigDecimal> printedIndex,
        Optional<Long> respondents,
        ReportFile report,
        String recordedBy,
        Instant recordedAt) {

    public ReportedSurveyResult {
        elementNrrs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(elementNrrs));
    }

    /** The report file kept as evidence, with its SHA-256 so that a downloaded copy can be checked. */
    public record ReportFile(String fileName, String mediaType, long size, String sha256) {}

    /** Whether only the IKM was entered (nothing to reproduce it from). */
    public boolean indexAlone() {
        return elementNrrs.isEmpty();
    }

    /** The printed figure reproduced from the NRRs with the report's rounding, and the exact one beside it. */
    public Optional<ReproducedIndex> reproduction(Methodology methodology, WeightVariant weight) {
        if (indexAlone()) {
            return Optional.empty();
        }
        List<BigDecimal> nrrs = methodology.elements().stream()
                .map(element -> elementNrrs.get(element.code()))
                .toList();
        return Optional.of(ReproducedIndex.of(methodology, weight, rounding, nrrs));
    }

    /** The IKM this result gives an indicator: the report's figure, reproduced or as entered alone. */
    public BigDecimal figure(Methodology methodology, WeightVariant weight) {
        return reproduction(methodology, weight)
                .map(ReproducedIndex::reproduced)
                .orElseGet(() -> printedIndex.orElseThrow());
    }
}
