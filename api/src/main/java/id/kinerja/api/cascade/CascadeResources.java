package id.kinerja.api.cascade;

import id.kinerja.domain.cascade.CascadeNode;
import id.kinerja.domain.cascade.ReadCascade;
import id.kinerja.domain.cascade.Support;
import id.kinerja.domain.evaluation.Attainment;
import id.kinerja.domain.evaluation.AttainmentScore;
import id.kinerja.domain.evaluation.IndicatorEvaluation;
import id.kinerja.domain.evaluation.TargetSource;
import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.indicator.ObjectiveId;
import id.kinerja.domain.shared.InvalidValue;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The cascade's requests and answers. */
public final class CascadeResources {
    private CascadeResources() {}

    /** The parent unit's node supported: exactly one of an objective and an indicator. */
    @Serdeable
    public record SupportRequest(
            @Nullable UUID objectiveId, @Nullable UUID indicatorId) {
        CascadeNode node() {
            if ((objectiveId == null) == (indicatorId == null)) {
                throw new InvalidValue(
                        "cascade.one-node",
                        "objectiveId",
                        "name either the parent unit's objective (objectiveId) or its indicator (indicatorId)");
            }
            return objectiveId != null
                    ? CascadeNode.of(new ObjectiveId(objectiveId))
                    : CascadeNode.of(new IndicatorId(indicatorId));
        }
    }

    /** A node: OBJECTIVE or INDICATOR, and its id. */
    @Serdeable
    public record NodeResponse(String kind, UUID id) {
        static NodeResponse of(CascadeNode node) {
            return new NodeResponse(node.kind().name(), node.id());
        }
    }

    /** A stored link. */
    @Serdeable
    public record SupportResponse(
            NodeResponse supporter, UUID supporterUnitId, NodeResponse supported, UUID supportedUnitId) {
        static SupportResponse of(Support support) {
            return new SupportResponse(
                    NodeResponse.of(support.supporter()),
                    support.supporterUnit().value(),
                    NodeResponse.of(support.supported()),
                    support.supportedUnit().value());
        }
    }

    /** An attainment: state COMPUTED (percent, rating), QUALITATIVE (achieved), NOT_FILLED, NOT_APPLICABLE, NOT_COMPUTABLE. */
    @Serdeable
    public record FigureResponse(
            String state,
            @Nullable BigDecimal percent,
            @Nullable Boolean achieved,
            @Nullable String rating) {
        static FigureResponse of(Attainment attainment, Optional<String> rating) {
            if (attainment instanceof Attainment.Computed computed) {
                return new FigureResponse("COMPUTED", computed.percent(), null, rating.orElse(null));
            }
            if (attainment instanceof Attainment.Qualitative qualitative) {
                return new FigureResponse("QUALITATIVE", null, qualitative.achieved(), null);
            }
            String state = attainment instanceof Attainment.NotFilled
                    ? "NOT_FILLED"
                    : attainment instanceof Attainment.NotApplicable ? "NOT_APPLICABLE" : "NOT_COMPUTABLE";
            return new FigureResponse(state, null, null, null);
        }

        static FigureResponse of(AttainmentScore score) {
            return new FigureResponse(
                    score.percent().isPresent() ? "COMPUTED" : "NOT_COMPUTABLE",
                    score.percent().orElse(null),
                    null,
                    score.rating().orElse(null));
        }
    }

    /** The other end of a link, with its unit, words and figure. */
    @Serdeable
    public record LinkedResponse(
            String kind, UUID id, String unitName, String code, String label, FigureResponse figure) {
        static LinkedResponse of(ReadCascade.Linked linked) {
            if (linked.objective() != null) {
                return new LinkedResponse(
                        "OBJECTIVE",
                        linked.node().id(),
                        linked.unitName(),
                        linked.objective().objective().code(),
                        linked.objective().objective().statement(),
                        FigureResponse.of(linked.objective().score()));
            }
            IndicatorEvaluation indicator = linked.indicator();
            return new LinkedResponse(
                    "INDICATOR",
                    linked.node().id(),
                    linked.unitName(),
                    indicator.indicator().definition().code(),
                    indicator.indicator().definition().name(),
                    FigureResponse.of(
                            indicator.year().attainment(), indicator.year().rating()));
        }
    }

    /** An indicator in force, its figure for the year, the parent node it supports and what supports it. */
    @Serdeable
    public record IndicatorNodeResponse(
            UUID id,
            @Nullable String code,
            String name,
            @Nullable String target,
            FigureResponse attainment,
            @Nullable LinkedResponse supports,
            List<LinkedResponse> supporters) {
        static IndicatorNodeResponse of(ReadCascade.IndicatorNode node) {
            IndicatorEvaluation evaluation = node.evaluation();
            return new IndicatorNodeResponse(
                    evaluation.indicator().id().value(),
                    evaluation.indicator().definition().code(),
                    evaluation.indicator().definition().name(),
                    evaluation.year().target().map(target -> target.display()).orElse(null),
                    FigureResponse.of(
                            evaluation.year().attainment(), evaluation.year().rating()),
                    node.supports().map(LinkedResponse::of).orElse(null),
                    node.supporters().stream().map(LinkedResponse::of).toList());
        }
    }

    /**
     * An objective in force.
     *
     * @param broken true where the unit has units under it and none of their nodes supports this objective
     */
    @Serdeable
    public record ObjectiveNodeResponse(
            UUID id,
            String code,
            String statement,
            FigureResponse score,
            boolean broken,
            @Nullable LinkedResponse supports,
            List<LinkedResponse> supporters,
            List<IndicatorNodeResponse> indicators) {
        static ObjectiveNodeResponse of(ReadCascade.ObjectiveNode node) {
            return new ObjectiveNodeResponse(
                    node.evaluation().objective().id().value(),
                    node.evaluation().objective().code(),
                    node.evaluation().objective().statement(),
                    FigureResponse.of(node.evaluation().score()),
                    node.broken(),
                    node.supports().map(LinkedResponse::of).orElse(null),
                    node.supporters().stream().map(LinkedResponse::of).toList(),
                    node.indicators().stream().map(IndicatorNodeResponse::of).toList());
        }
    }

    /**
     * A unit, its year and the units under it.
     *
     * @param targetBasis AGREEMENT (the signed PK's targets) or IKU
     */
    @Serdeable
    public record UnitNodeResponse(
            UUID unitId,
            String name,
            boolean decreeInForce,
            FigureResponse score,
            String targetBasis,
            @Nullable Integer agreementVersion,
            @Nullable LocalDate agreementSignedOn,
            List<ObjectiveNodeResponse> objectives,
            List<UnitNodeResponse> children) {
        static UnitNodeResponse of(ReadCascade.UnitNode node) {
            TargetSource source = node.evaluation().targetSource();
            return new UnitNodeResponse(
                    node.evaluation().unit().id().value(),
                    node.evaluation().unit().profile().name(),
                    node.evaluation().decree().isPresent(),
                    FigureResponse.of(node.evaluation().score()),
                    source.basis().name(),
                    source.agreementVersion().orElse(null),
                    source.signedOn().orElse(null),
                    node.objectives().stream().map(ObjectiveNodeResponse::of).toList(),
                    node.children().stream().map(UnitNodeResponse::of).toList());
        }
    }

    /** The cascade of a year: how many objectives break the chain, and the tree from the top. */
    @Serdeable
    public record CascadeResponse(int year, String scale, int breaks, List<UnitNodeResponse> units) {
        static CascadeResponse of(ReadCascade.Cascade cascade) {
            return new CascadeResponse(
                    cascade.year().value(),
                    cascade.scale().name(),
                    cascade.breaks(),
                    cascade.roots().stream().map(UnitNodeResponse::of).toList());
        }
    }
}
