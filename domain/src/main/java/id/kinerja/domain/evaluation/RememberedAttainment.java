package id.kinerja.domain.evaluation;

import id.kinerja.domain.organization.OrganizationUnitId;
import id.kinerja.domain.shared.RegistryVersion;
import id.kinerja.domain.shared.Year;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A unit's evaluation, computed once per version of the registry: reads between two changes reuse it, and any
 * recorded change (on any node) makes the next read compute it again. The version is read before computing, so
 * an evaluation is never kept under a version older than the data it saw; at worst it is computed once more.
 *
 * <p>An evaluation depends on the unit's decrees, indicators, targets, realizations, surveys, closures and the
 * rating scales; rather than tracking which change touches which unit, every change counts (changes are rare
 * beside reads, and a miss costs one evaluation). Only memory bounds the entries: past the limit they are all
 * dropped and the cache refills with what is read now.
 */
public final class RememberedAttainment {
    private final EvaluateAttainment evaluate;
    private final RegistryVersion version;
    private final int capacity;
    private final Map<Question, Answer> answers = new ConcurrentHashMap<>();

    public RememberedAttainment(EvaluateAttainment evaluate, RegistryVersion version, int capacity) {
        this.evaluate = evaluate;
        this.version = version;
        this.capacity = capacity;
    }

    /** As {@link EvaluateAttainment#ofUnit}, answered from memory while the registry has not changed. */
    public UnitEvaluation ofUnit(
            OrganizationUnitId unitId, Year year, AttainmentCap cap, String scaleName, TargetBasis basis) {
        return answer(unitId, year, cap, scaleName, basis).evaluation();
    }

    /**
     * The evaluation with the registry version it is true at: whoever derives something from it (the API's
     * JSON, say) can keep that under the same version and reuse it as long as the version holds.
     */
    public Answer answer(OrganizationUnitId unitId, Year year, AttainmentCap cap, String scaleName, TargetBasis basis) {
        long now = version.current();
        Question question = new Question(unitId, year, cap, scaleName, basis);
        Answer known = answers.get(question);
        if (known != null && known.version() == now) {
            return known;
        }
        UnitEvaluation evaluation = evaluate.ofUnit(unitId, year, cap, scaleName, basis);
        if (answers.size() >= capacity) {
            answers.clear();
        }
        Answer answer = new Answer(now, evaluation);
        answers.put(question, answer);
        return answer;
    }

    private record Question(
            OrganizationUnitId unitId, Year year, AttainmentCap cap, String scaleName, TargetBasis basis) {}

    /** An evaluation and the registry version it was computed at. */
    public record Answer(long version, UnitEvaluation evaluation) {}
}
