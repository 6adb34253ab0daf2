package id.kinerja.web.cascade;

import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The cascade page: the year and the unit it starts at as typed (with the message beside the field that could not be
 * read), how many objectives break the chain, and the tree as nested lists, every figure and state in words.
 */
@Introspected
public record CascadeView(
        String year,
        @Nullable String unit,
        List<UnitChoice> units,
        @Nullable String error,
        @Nullable String errorField,
        int breaks,
        @Nullable String scale,
        List<UnitItem> tree) {

    /** A unit, its year's score and the basis of its targets, its objectives and the units under it. */
    @Introspected
    public record UnitItem(
            String id,
            String name,
            String score,
            String rating,
            String basis,
            boolean decreeInForce,
            List<ObjectiveItem> objectives,
            List<UnitItem> children) {}

    /**
     * An objective; {@code supports} is the parent's node it names (null when none), {@code broken} says no unit
     * below supports it.
     */
    @Introspected
    public record ObjectiveItem(
            String code,
            String statement,
            String score,
            String rating,
            boolean broken,
            @Nullable String supports,
            List<String> supporters,
            List<IndicatorItem> indicators) {}

    /** An indicator, its target and attainment for the year in words, what it supports and what supports it. */
    @Introspected
    public record IndicatorItem(
            String name,
            String target,
            String attainment,
            String rating,
            @Nullable String supports,
            List<String> supporters) {}
}
