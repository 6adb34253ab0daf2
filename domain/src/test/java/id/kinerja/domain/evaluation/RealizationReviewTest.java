package id.kinerja.domain.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RealizationReviewTest {
    private static final Instant NOW = Instant.parse("2025-01-15T03:00:00Z");
    private static final Realization.RealizedValue IKM = new Realization.RealizedValue(
            new BigDecimal("75.14"), null, new Realization.Source(Realization.Source.Kind.SURVEY, "survey/1"));

    private static Realization draft() {
        return Realization.record(
                IndicatorId.newId(),
                Year.of(2024),
                ReportingPeriod.ANNUAL,
                IKM,
                Realization.Narrative.NONE,
                null,
                "evaluator");
    }

    @Test
    void goesFromDraftThroughSubmissionToVerification() {
        Realization realization = draft();

        realization.submit(0, "evaluator", NOW);
        realization.verify(0, "auditor", NOW);

        assertThat(realization.status()).isEqualTo(ReviewStatus.VERIFIED);
        assertThat(realization.lastReview()).map(Realization.Review::by).contains("auditor");
    }

    @Test
    void nobodyVerifiesTheirOwnSubmission() {
        Realization realization = draft();
        realization.submit(0, "dual-role", NOW);

        assertThatThrownBy(() -> realization.verify(0, "dual-role", NOW))
                .isInstanceOfSatisfying(
                        NotPermitted.class, e -> assertThat(e.code()).isEqualTo("realization.own-submission"));
        assertThat(realization.status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void whoeverEnteredOrRevisedTheValueNeitherVerifiesNorReturnsIt() {
        Realization realization = draft();
        realization.revise(0, IKM, null, "colleague");
        realization.submit(0, "submitter", NOW);

        for (String author : new String[] {"evaluator", "colleague"}) {
            assertThatThrownBy(() -> realization.verify(0, author, NOW))
                    .isInstanceOfSatisfying(
                            NotPermitted.class, e -> assertThat(e.code()).isEqualTo("realization.own-entry"));
            assertThatThrownBy(() -> realization.returnForCorrection(0, author, NOW, "cek lagi"))
                    .isInstanceOfSatisfying(
                            NotPermitted.class, e -> assertThat(e.code()).isEqualTo("realization.own-entry"));
        }
        assertThat(realization.status()).isEqualTo(ReviewStatus.SUBMITTED);
        assertThat(realization.authors()).containsExactlyInAnyOrder("evaluator", "colleague");
        realization.verify(0, "auditor", NOW);
        assertThat(realization.status()).isEqualTo(ReviewStatus.VERIFIED);
    }

    /** What a page asks before offering the review forms agrees with what verifying would refuse. */
    @Test
    void reviewableOnlyWhileSubmittedAndOnlyByAPersonOtherThanItsAuthorsAndSubmitter() {
        Realization realization = draft();
        realization.revise(0, IKM, null, "colleague");
        assertThat(realization.reviewableBy("auditor")).isFalse();

        realization.submit(0, "submitter", NOW);

        assertThat(realization.reviewableBy("auditor")).isTrue();
        assertThat(realization.reviewableBy("evaluator")).isFalse();
        assertThat(realization.reviewableBy("colleague")).isFalse();
        assertThat(realization.reviewableBy("submitter")).isFalse();
        assertThat(realization.reviewableBy(null)).isFalse();
        realization.verify(0, "auditor", NOW);
        assertThat(realization.reviewableBy("auditor")).isFalse();
    }

    @Test
    void aCorrectionKeepsTheAuthorsOfTheValueAndAddsWhoOpenedIt() {
        Realization verified = draft();
        verified.submit(0, "evaluator", NOW);
        verified.verify(0, "auditor", NOW);

        Realization correction = Realization.correctionOf(verified, "salah ketik", "auditor");
        correction.submit(0, "other-evaluator", NOW);

        assertThat(correction.authors()).containsExactlyInAnyOrder("evaluator", "auditor");
        assertThatThrownBy(() -> correction.verify(0, "auditor", NOW)).isInstanceOf(NotPermitted.class);
    }

    @Test
    void aReturnNeedsAReasonAndTheEvaluatorCorrectsAndSubmitsAgain() {
        Realization realization = draft();
        realization.submit(0, "evaluator", NOW);

        assertThatThrownBy(() -> realization.returnForCorrection(0, "auditor", NOW, " "))
                .isInstanceOf(InvalidValue.class);
        assertThat(realization.status()).as("a refused step changes nothing").isEqualTo(ReviewStatus.SUBMITTED);
        realization.returnForCorrection(0, "auditor", NOW, "Bukti dukung belum diunggah");
        realization.revise(0, IKM, new Realization.Narrative("Antrian dipercepat", null, null), "evaluator");
        realization.submit(0, "evaluator", NOW);

        assertThat(realization.status()).isEqualTo(ReviewStatus.SUBMITTED);
    }

    @Test
    void aVerifiedValueCannotBeEditedOnlyCorrectedByANewVersion() {
        Realization verified = draft();
        verified.submit(0, "evaluator", NOW);
        verified.verify(0, "auditor", NOW);

        assertThatThrownBy(() -> verified.revise(0, IKM, null, "evaluator"))
                .isInstanceOfSatisfying(
                        ConflictingState.class, e -> assertThat(e.getMessage()).contains("correction"));
        Realization correction = Realization.record(
                verified.indicatorId(),
                verified.year(),
                verified.period(),
                IKM,
                null,
                new Realization.Correction(verified.id(), "Salah input layanan"),
                "evaluator");

        assertThat(correction.correction())
                .map(Realization.Correction::corrects)
                .contains(verified.id());
        assertThat(verified.value().number()).contains(new BigDecimal("75.14"));
    }

    @Test
    void aValueIsANumberOrWordsNeverBoth() {
        assertThatThrownBy(() -> new Realization.RealizedValue(
                        BigDecimal.ONE, "WTP", new Realization.Source(Realization.Source.Kind.ENTERED, null)))
                .isInstanceOf(InvalidValue.class);
    }
}
