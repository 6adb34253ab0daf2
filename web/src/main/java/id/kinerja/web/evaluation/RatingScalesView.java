package id.kinerja.web.evaluation;

import id.kinerja.web.page.Refusal;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * The rating scales with their bands, and — for those who may add one ({@code canAdd}) — the form, as typed
 * after a refusal.
 */
@Introspected
public record RatingScalesView(
        List<ScaleRow> scales,
        boolean canAdd,
        RatingScaleForm values,
        List<BandInput> bandInputs,
        @Nullable Refusal refusal) {

    /** One bounded row of the form: its number (1…5) and what was typed in it. */
    @Introspected
    public record BandInput(
            int number, @Nullable String from, @Nullable String label) {}

    /** A scale and its bands, each as "≥ 91" and its label, the lowest as "below 51" in the reader's words. */
    @Introspected
    public record ScaleRow(String name, List<BandRow> bands) {}

    @Introspected
    public record BandRow(String range, String label) {}
}
