package id.kinerja.web.decree;

import id.kinerja.domain.decree.Decree;
import id.kinerja.domain.shared.IndonesianDate;
import id.kinerja.web.page.Words;
import io.micronaut.core.annotation.Introspected;
import java.util.UUID;

/** A decree as a list shows it: its state in the reader's words, its date written out. */
@Introspected
public record DecreeRow(UUID id, String number, String title, String status, String enactedOn) {
    public static DecreeRow of(Decree decree, Words words) {
        return new DecreeRow(
                decree.id().value(),
                decree.content().number().value(),
                decree.content().title(),
                words.label(decree.status()),
                decree.enactedOn().map(IndonesianDate::format).orElse("—"));
    }
}
