package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.shared.InvalidValue;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The day a report is drawn as of (ADR 0031): read from YYYY-MM-DD, not ahead of today in Jakarta. */
class AsOfTest {
    // 20:00 UTC on 3 December is already 4 December in Jakarta
    private final Clock clock = Clock.fixed(Instant.parse("2026-12-03T20:00:00Z"), ZoneOffset.UTC);

    @Test
    void blankMeansThePresent() {
        assertThat(AsOf.parse(null, clock)).isEmpty();
        assertThat(AsOf.parse("  ", clock)).isEmpty();
    }

    @Test
    void todayInJakartaIsTheLatestDayAndItsEndIsTheStartOfTheNextDayThere() {
        AsOf today = AsOf.parse("2026-12-04", clock).orElseThrow();
        assertThat(today.day()).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(today.end()).isEqualTo(Instant.parse("2026-12-04T17:00:00Z"));
        assertThatThrownBy(() -> AsOf.parse("2026-12-05", clock))
                .isInstanceOfSatisfying(InvalidValue.class, refused -> {
                    assertThat(refused.code()).isEqualTo("report.as-of.future");
                    assertThat(refused.field()).contains("asOf");
                });
    }

    @Test
    void handsOverTheRefusalInsteadOfThrowingItForTheEdgeToAnswer() {
        assertThat(AsOf.refusal("2026-12-04", clock)).isEmpty();
        assertThat(AsOf.refusal(null, clock)).isEmpty();
        assertThat(AsOf.refusal("2026-12-05", clock)).map(InvalidValue::code).contains("report.as-of.future");
        assertThat(AsOf.refusal("2024-13-01", clock)).map(InvalidValue::code).contains("report.as-of.invalid");
    }

    @Test
    void refusesADateThatCannotBeRead() {
        for (String written : new String[] {"2024-13-01", "31-01-2025", "kemarin", "2025-02-30"}) {
            assertThatThrownBy(() -> AsOf.parse(written, clock))
                    .as(written)
                    .isInstanceOfSatisfying(
                            InvalidValue.class,
                            refused -> assertThat(refused.code()).isEqualTo("report.as-of.invalid"));
        }
    }
}
