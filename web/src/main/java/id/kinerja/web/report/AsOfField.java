package id.kinerja.web.report;

import id.kinerja.domain.evaluation.AsOf;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.domain.shared.InvalidValue;
import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.Words;
import java.time.Clock;
import java.util.Optional;

/**
 * The LKjIP page's "Keadaan per tanggal" as typed (ADR 0031): the past day it names, or the message shown beside
 * the field when it names none; the page then shows the present.
 *
 * @param written what was typed, carried by the preview links; null when nothing was
 * @param refusal why the typed date was refused; null when it was not
 */
record AsOfField(String written, Optional<AsOf> day, Refusal refusal) {
    /** The form the field belongs to: the choice of unit and year. */
    static final String FORM = "pilih";

    static final AsOfField PRESENT = new AsOfField(null, Optional.empty(), null);

    static AsOfField of(String written, Clock clock, Words words) {
        if (written == null || written.isBlank()) {
            return PRESENT;
        }
        Optional<InvalidValue> refused = AsOf.refusal(written, clock);
        if (refused.isPresent()) {
            return new AsOfField(
                    written.strip(), Optional.empty(), new Refusal(FORM, "asOf", words.refusal(refused.get())));
        }
        return new AsOfField(written.strip(), AsOf.parse(written, clock), null);
    }

    /** The day as the page prints it ("31 Januari 2025"); null for the present. */
    String shown() {
        return day.map(past -> IndonesianDate.format(past.day())).orElse(null);
    }

    /** The typed date, when it named a day: what the preview links carry. */
    String carried() {
        return day.map(past -> past.day().toString()).orElse(null);
    }
}
