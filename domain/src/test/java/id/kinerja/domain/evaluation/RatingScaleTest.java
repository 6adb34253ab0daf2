package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.shared.InvalidValue;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RatingScaleTest {
    @Test
    void aUnitMayChooseAnotherScale() {
        RatingScale lan = new RatingScale(
                "LAN",
                List.of(
                        new RatingScale.Band(new BigDecimal("85.01"), "Memuaskan"),
                        new RatingScale.Band(new BigDecimal("70.01"), "Sangat Baik"),
                        new RatingScale.Band(null, "Kurang")));

        assertThat(lan.rate(new BigDecimal("85.00"))).isEqualTo("Sangat Baik");
        assertThat(lan.rate(new BigDecimal("85.01"))).isEqualTo("Memuaskan");
        assertThat(lan.rate(new BigDecimal("-50.00"))).isEqualTo("Kurang");
    }

    @Test
    void refusesAScaleWithoutAnOpenBottomOrOutOfOrder() {
        assertThatThrownBy(() -> new RatingScale("x", List.of(new RatingScale.Band(BigDecimal.TEN, "A"))))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("rating-scale.open-bottom"));
        assertThatThrownBy(() -> new RatingScale(
                        "x",
                        List.of(
                                new RatingScale.Band(BigDecimal.ONE, "A"),
                                new RatingScale.Band(BigDecimal.TEN, "B"),
                                new RatingScale.Band(null, "C"))))
                .isInstanceOfSatisfying(
                        InvalidValue.class, e -> assertThat(e.code()).isEqualTo("rating-scale.order"));
    }
}
