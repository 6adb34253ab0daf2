package id.kinerja.domain.satisfaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceCombinationRuleTest {
    private final SatisfactionIndexCalculation calculation =
            new SatisfactionIndexCalculation(Methodology.PERMENPANRB_14_2017, WeightVariant.EXACT);

    /** A service whose every respondent answered every element with the same value. */
    private static ServiceTally uniform(String service, long respondents, int answer) {
        Map<String, ElementTally> byElement = new HashMap<>();
        for (ServiceElement element : Methodology.PERMENPANRB_14_2017.elements()) {
            byElement.put(element.code(), new ElementTally(answer * respondents, respondents));
        }
        return new ServiceTally(service, respondents, byElement);
    }

    private final List<ServiceTally> services = List.of(uniform("A", 30, 4), uniform("B", 10, 2));

    @Test
    void pooledCountsEveryRespondentOnce() {
        assertThat(ServiceCombinationRule.combine(calculation, ServiceCombination.POOLED, services)
                        .index())
                .contains(new BigDecimal("87.50"));
    }

    @Test
    void meanOfServicesWeighsEachServiceAlike() {
        assertThat(ServiceCombinationRule.combine(calculation, ServiceCombination.MEAN_OF_SERVICES, services)
                        .index())
                .contains(new BigDecimal("75.00"));
    }

    @Test
    void respondentWeightedEqualsPooledWhenEveryoneAnswersEverything() {
        assertThat(ServiceCombinationRule.combine(calculation, ServiceCombination.RESPONDENT_WEIGHTED, services)
                        .index())
                .contains(new BigDecimal("87.50"));
    }

    @Test
    void theLiteralWeightOfTheOldMethodologyBelongsOnlyToIt() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new SatisfactionIndexCalculation(Methodology.PERMENPANRB_14_2017, WeightVariant.LITERAL_0_071))
                .isInstanceOf(id.kinerja.domain.shared.RuleViolation.class);
        assertThat(Methodology.KEPMENPAN_25_2004.elements()).hasSize(14);
    }
}
