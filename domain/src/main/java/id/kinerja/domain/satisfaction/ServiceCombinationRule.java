package id.kinerja.domain.satisfaction;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One index for an indicator over several services, by the indicator's rule: all respondents pooled (the
 * default), the mean of the services' indexes, or their mean weighted by respondents. Combined indexes use
 * the services' exact values and are rounded once.
 */
public final class ServiceCombinationRule {
    private ServiceCombinationRule() {}

    public static IndexResult combine(
            SatisfactionIndexCalculation calculation, ServiceCombination rule, List<ServiceTally> services) {
        IndexResult pooled = calculation.compute(ServiceTally.pooled("", services));
        if (rule == ServiceCombination.POOLED) {
            return pooled;
        }
        List<IndexResult> perService =
                services.stream().map(calculation::compute).toList();
        Optional<IndexResult> notComputable =
                perService.stream().filter(result -> !result.computable()).findFirst();
        if (notComputable.isPresent() || perService.isEmpty()) {
            return new IndexResult(
                    pooled.respondents(),
                    pooled.elements(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    notComputable.flatMap(IndexResult::notComputableElement).or(pooled::notComputableElement));
        }
        BigDecimal numerator = BigDecimal.ZERO;
        BigDecimal denominator = BigDecimal.ZERO;
        for (IndexResult service : perService) {
            BigDecimal weight = rule == ServiceCombination.RESPONDENT_WEIGHTED
                    ? BigDecimal.valueOf(service.respondents())
                    : BigDecimal.ONE;
            numerator = numerator.add(service.exactIndex().orElseThrow().multiply(weight));
            denominator = denominator.add(weight);
        }
        return calculation.finished(
                pooled.respondents(),
                pooled.elements(),
                numerator.divide(denominator, SatisfactionIndexCalculation.EXACT));
    }
}
