package id.kinerja.domain.evaluation;

import id.kinerja.domain.indicator.IndicatorId;
import id.kinerja.domain.shared.ConflictingState;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.domain.shared.NotPermitted;
import id.kinerja.domain.shared.ReportingPeriod;
import id.kinerja.domain.shared.StaleVersion;
import id.kinerja.domain.shared.Text;
import id.kinerja.domain.shared.Year;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Realisasi: what an indicator achieved in a period, with its source and narrative, and its review from
 * draft to verified. A verified realization never changes; a correction is a new realization that names
 * the one it corrects and why, and the old one stays readable.
 */
public final class Realization {
    private final RealizationId id;
    private final IndicatorId indicatorId;
    private final Year year;
    private final ReportingPeriod period;
    private RealizedValue value;
    private Narrative narrative;
    private final Correction correction;
    private ReviewStatus status;
    private Review lastReview;
    private Set<String> authors;
    private final long version;

    /** The measured value: a number as recorded (an IKM is its published 2-dp value) or words. */
    public record RealizedValue(BigDecimal amount, String text, Source source) {
        public RealizedValue {
            if ((amount == null) == (text == null || text.isBlank())) {
                throw new InvalidValue(
                        "realization.value-form", "value", "a realization is either a number or words, not both");
            }
            Text.paragraph(text, "value", 500);
            InvalidValue.requirePresent(source, "source");
        }

        public Optional<BigDecimal> number() {
            return Optional.ofNullable(amount);
        }
    }

    /**
     * Where the value comes from: entered by hand, a survey's result version, or an import.
     *
     * @param reference the survey id and result version ("…/3"), or the file, when there is one
     */
    public record Source(Kind kind, String reference) {
        public enum Kind {
            ENTERED,
            SURVEY,
            IMPORT
        }

        public Source {
            InvalidValue.requirePresent(kind, "source.kind");
            Text.line(reference, "source.reference", 300);
        }
    }

    /** Faktor pendukung, faktor penghambat, tindak lanjut: the evaluator's account of the figure. */
    public record Narrative(String supporting, String inhibiting, String followUp) {
        public static final Narrative NONE = new Narrative(null, null, null);

        public Narrative {
            Text.paragraph(supporting, "supportingFactors", 8000);
            Text.paragraph(inhibiting, "inhibitingFactors", 8000);
            Text.paragraph(followUp, "followUp", 8000);
        }
    }

    /** Koreksi: the verified realization this one replaces, and why. */
    public record Correction(RealizationId corrects, String reason) {
        public Correction {
            InvalidValue.requirePresent(corrects, "corrects");
            Text.requiredParagraph(reason, "reason", 2000);
        }
    }

    /** The last step of the review: who did it, when, and why (required when returning). */
    public record Review(ReviewStatus outcome, String by, Instant at, String reason) {
        public Review {
            Text.paragraph(reason, "reason", 2000);
        }
    }

    private Realization(
            RealizationId id,
            IndicatorId indicatorId,
            Year year,
            ReportingPeriod period,
            RealizedValue value,
            Narrative narrative,
            Correction correction,
            ReviewStatus status,
            Review lastReview,
            Set<String> authors,
            long version) {
        this.id = InvalidValue.requirePresent(id, "id");
        this.indicatorId = InvalidValue.requirePresent(indicatorId, "indicatorId");
        this.year = InvalidValue.requirePresent(year, "year");
        this.period = InvalidValue.requirePresent(period, "period");
        this.value = InvalidValue.requirePresent(value, "value");
        this.narrative = narrative == null ? Narrative.NONE : narrative;
        this.correction = correction;
        this.status = InvalidValue.requirePresent(status, "status");
        this.lastReview = lastReview;
        this.authors = authors == null ? Set.of() : Set.copyOf(authors);
        this.version = version;
    }

    /**
     * A new draft entered by {@code by}; {@code correction} when it replaces a verified realization (whose
     * authors stay authors of the value it carries over).
     */
    public static Realization record(
            IndicatorId indicatorId,
            Year year,
            ReportingPeriod period,
            RealizedValue value,
            Narrative narrative,
            Correction correction,
            String by) {
        return new Realization(
                RealizationId.newId(),
                indicatorId,
                year,
                period,
                value,
                narrative,
                correction,
                ReviewStatus.DRAFT,
                null,
                Set.of(InvalidValue.requireText(by, "by")),
                0);
    }

    /**
     * Koreksi: a new draft of a verified realization's value, opened by {@code by} with the reason. Those who
     * entered the value stay its authors, and so does the person who opened the correction.
     */
    public static Realization correctionOf(Realization verified, String reason, String by) {
        Set<String> authors = new TreeSet<>(verified.authors);
        authors.add(InvalidValue.requireText(by, "by"));
        return new Realization(
                RealizationId.newId(),
                verified.indicatorId,
                verified.year,
                verified.period,
                verified.value,
                verified.narrative,
                new Correction(verified.id, reason),
                ReviewStatus.DRAFT,
                null,
                authors,
                0);
    }

    /** Rebuilds a stored realization. */
    public static Realization restore(
            RealizationId id,
            IndicatorId indicatorId,
            Year year,
            ReportingPeriod period,
            RealizedValue value,
            Narrative narrative,
            Correction correction,
            ReviewStatus status,
            Review lastReview,
            Set<String> authors,
            long version) {
        return new Realization(
                id, indicatorId, year, period, value, narrative, correction, status, lastReview, authors, version);
    }

    /** This realization as a store keeps it after a save: the same state at the stored version. */
    public Realization storedAs(long storedVersion) {
        return new Realization(
                id,
                indicatorId,
                year,
                period,
                value,
                narrative,
                correction,
                status,
                lastReview,
                authors,
                storedVersion);
    }

    /** Changes the value or narrative of a draft or a returned realization; the reviser becomes an author. */
    public void revise(long expectedVersion, RealizedValue newValue, Narrative newNarrative, String by) {
        StaleVersion.check("realization", id, expectedVersion, version);
        requireStatus(ReviewStatus.DRAFT, ReviewStatus.RETURNED);
        InvalidValue.requireText(by, "by");
        Set<String> revisedBy = new TreeSet<>(authors);
        revisedBy.add(by);
        this.authors = Set.copyOf(revisedBy);
        this.value = InvalidValue.requirePresent(newValue, "value");
        this.narrative = newNarrative == null ? Narrative.NONE : newNarrative;
    }

    /** Diajukan: hands the realization to the auditors. */
    public void submit(long expectedVersion, String by, Instant at) {
        StaleVersion.check("realization", id, expectedVersion, version);
        requireStatus(ReviewStatus.DRAFT, ReviewStatus.RETURNED);
        InvalidValue.requireText(by, "by");
        this.status = ReviewStatus.SUBMITTED;
        this.lastReview = new Review(ReviewStatus.SUBMITTED, by, at, null);
    }

    /** Diverifikasi: an auditor who neither entered, revised nor submitted the figure confirms it. */
    public void verify(long expectedVersion, String by, Instant at) {
        StaleVersion.check("realization", id, expectedVersion, version);
        requireStatus(ReviewStatus.SUBMITTED);
        requireOtherThanSubmitter(by);
        this.status = ReviewStatus.VERIFIED;
        this.lastReview = new Review(ReviewStatus.VERIFIED, by, at, null);
    }

    /** Dikembalikan: an auditor who neither entered, revised nor submitted it sends it back with the reason. */
    public void returnForCorrection(long expectedVersion, String by, Instant at, String reason) {
        StaleVersion.check("realization", id, expectedVersion, version);
        requireStatus(ReviewStatus.SUBMITTED);
        requireOtherThanSubmitter(by);
        InvalidValue.requireText(reason, "reason");
        this.status = ReviewStatus.RETURNED;
        this.lastReview = new Review(ReviewStatus.RETURNED, by, at, reason);
    }

    /** Whether the person may review it now: it waits for review and they are not one of its four eyes' first pair. */
    public boolean reviewableBy(String by) {
        return status == ReviewStatus.SUBMITTED
                && by != null
                && !authors.contains(by)
                && !(lastReview != null
                        && lastReview.outcome() == ReviewStatus.SUBMITTED
                        && lastReview.by().equals(by));
    }

    /** Four eyes: whoever entered, revised or submitted the figure does not review it too. */
    private void requireOtherThanSubmitter(String by) {
        InvalidValue.requireText(by, "by");
        if (authors.contains(by)) {
            throw new NotPermitted(
                    "realization.own-entry", by + " entered or revised this realization and cannot review it too", by);
        }
        if (lastReview != null
                && lastReview.outcome() == ReviewStatus.SUBMITTED
                && lastReview.by().equals(by)) {
            throw new NotPermitted(
                    "realization.own-submission", by + " submitted this realization and cannot review it too", by);
        }
    }

    private void requireStatus(ReviewStatus... allowed) {
        for (ReviewStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new ConflictingState(
                "realization.status",
                "status",
                "a " + status + " realization cannot do this"
                        + (status == ReviewStatus.VERIFIED ? "; record a correction instead" : ""),
                status.name());
    }

    public RealizationId id() {
        return id;
    }

    public IndicatorId indicatorId() {
        return indicatorId;
    }

    public Year year() {
        return year;
    }

    public ReportingPeriod period() {
        return period;
    }

    public RealizedValue value() {
        return value;
    }

    public Narrative narrative() {
        return narrative;
    }

    public Optional<Correction> correction() {
        return Optional.ofNullable(correction);
    }

    public ReviewStatus status() {
        return status;
    }

    public Optional<Review> lastReview() {
        return Optional.ofNullable(lastReview);
    }

    /** Who entered or revised the value (empty for a realization stored before authors were kept). */
    public Set<String> authors() {
        return authors;
    }

    public long version() {
        return version;
    }
}
