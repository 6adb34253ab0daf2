package id.kinerja.web.evaluation;

import static id.kinerja.web.page.WrittenValues.number;
import static id.kinerja.web.page.WrittenValues.text;

import id.kinerja.domain.evaluation.RatingScale;
import id.kinerja.domain.evaluation.RatingScale.Band;
import id.kinerja.domain.shared.InvalidValue;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A new rating scale: its name, up to five bands from the highest lower bound down (a percentage written the
 * Indonesian way, "90,5", and its label; empty rows are skipped), and the label of everything below them.
 */
@Introspected
@Serdeable.Deserializable
public record RatingScaleForm(
        @Nullable @NotBlank @Size(max = 200) String name,
        @Nullable @Size(max = 20) String from1,
        @Nullable @Size(max = 200) String label1,
        @Nullable @Size(max = 20) String from2,
        @Nullable @Size(max = 200) String label2,
        @Nullable @Size(max = 20) String from3,
        @Nullable @Size(max = 200) String label3,
        @Nullable @Size(max = 20) String from4,
        @Nullable @Size(max = 200) String label4,
        @Nullable @Size(max = 20) String from5,
        @Nullable @Size(max = 200) String label5,
        @Nullable @NotBlank @Size(max = 200) String lowest) {

    static final int BOUNDED_BANDS = 5;

    static RatingScaleForm empty() {
        return new RatingScaleForm(null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The typed rows as the form shows them again: bound and label of each. */
    List<String[]> rows() {
        return List.of(
                new String[] {from1, label1},
                new String[] {from2, label2},
                new String[] {from3, label3},
                new String[] {from4, label4},
                new String[] {from5, label5});
    }

    RatingScale scale() {
        List<Band> bands = new ArrayList<>();
        List<String[]> rows = rows();
        for (int i = 0; i < rows.size(); i++) {
            String field = "from" + (i + 1);
            BigDecimal bound = number(rows.get(i)[0], field);
            String label = text(rows.get(i)[1]);
            if (bound == null && label == null) {
                continue;
            }
            bands.add(new Band(
                    InvalidValue.requirePresent(bound, field), InvalidValue.requirePresent(label, "label" + (i + 1))));
        }
        bands.add(new Band(null, text(lowest)));
        return new RatingScale(text(name), bands);
    }
}
