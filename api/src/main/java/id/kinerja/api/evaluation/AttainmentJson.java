package id.kinerja.api.evaluation;

import id.kinerja.api.evaluation.EvaluationResources.UnitEvaluationResponse;
import id.kinerja.domain.evaluation.AttainmentCap;
import id.kinerja.domain.evaluation.RememberedAttainment;
import id.kinerja.domain.evaluation.TargetBasis;
import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.Year;
import id.kinerja.http.problem.Messages;
import io.micronaut.context.annotation.Value;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unit's attainment as the API writes it, kept as JSON per registry version beside the remembered evaluation
 * (ADR 0029). Profiled under {@code wrk}, a remembered evaluation still cost a third of each request in mapping
 * it to the response, rendering its explanations in both languages and serialising the result — work whose
 * outcome cannot change while the registry version holds. The answer is the same for every reader (both
 * languages are in it), so one copy serves all; its registry version is also its entity tag.
 */
@Singleton
class AttainmentJson {
    private final RememberedAttainment remembered;
    private final Messages texts;
    private final JsonMapper json;
    private final int capacity;
    private final Map<Question, Written> written = new ConcurrentHashMap<>();

    AttainmentJson(
            RememberedAttainment remembered,
            Messages texts,
            JsonMapper json,
            @Value("${kinerja.attainment.remembered-evaluations:2000}") int capacity) {
        this.remembered = remembered;
        this.texts = texts;
        this.json = json;
        this.capacity = capacity;
    }

    /** The unit's evaluation as JSON, with the registry version it is true at. */
    Written ofUnit(OrganizationUnitId unitId, Year year, AttainmentCap cap, String scaleName, TargetBasis basis) {
        RememberedAttainment.Answer answer = remembered.answer(unitId, year, cap, scaleName, basis);
        Question question = new Question(unitId, year, cap, scaleName, basis);
        Written known = written.get(question);
        if (known != null && known.version() == answer.version()) {
            return known;
        }
        Written fresh = new Written(answer.version(), serialise(UnitEvaluationResponse.of(answer.evaluation(), texts)));
        if (written.size() >= capacity) {
            written.clear();
        }
        written.put(question, fresh);
        return fresh;
    }

    private byte[] serialise(UnitEvaluationResponse response) {
        try {
            return json.writeValueAsBytes(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Question(
            OrganizationUnitId unitId, Year year, AttainmentCap cap, String scaleName, TargetBasis basis) {}

    /** The JSON of one evaluation and the registry version it was computed at. */
    record Written(long version, byte[] body) {
        /** A strong entity tag: equal versions of the registry give byte-equal answers for one address. */
        String entityTag() {
            return "\"r" + version + "\"";
        }
    }
}
