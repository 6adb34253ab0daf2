package id.kinerja.domain.satisfaction;

import java.util.HashMap;
import java.util.Map;

/**
 * What one service's respondents answered, element by element: enough to compute its index exactly
 * without holding the responses themselves (the database adds them up).
 *
 * @param byElement the tally of each element code ("U1"); an element nobody answered may be missing
 */
public record ServiceTally(String service, long respondents, Map<String, ElementTally> byElement) {
    public ServiceTally {
        byElement = Map.copyOf(byElement);
    }

    public ElementTally of(String elementCode) {
        return byElement.getOrDefault(elementCode, ElementTally.NONE);
    }

    /** All services' respondents as one group: the POOLED rule. */
    public static ServiceTally pooled(String name, Iterable<ServiceTally> services) {
        long respondents = 0;
        Map<String, ElementTally> sums = new HashMap<>();
        for (ServiceTally service : services) {
            respondents += service.respondents();
            service.byElement().forEach((code, tally) -> sums.merge(code, tally, ElementTally::plus));
        }
        return new ServiceTally(name, respondents, sums);
    }
}
