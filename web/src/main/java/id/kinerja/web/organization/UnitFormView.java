package id.kinerja.web.organization;

import id.kinerja.web.page.Refusal;
import id.kinerja.web.page.UnitChoice;
import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.UUID;

/**
 * The form of a new unit, or of a unit being revised ({@code id} set): the units it may sit under, the kinds
 * in words, and the values as stored or as typed.
 */
@Introspected
public record UnitFormView(
        @Nullable UUID id,
        List<UnitChoice> parents,
        List<TypeChoice> types,
        UnitForm values,
        @Nullable Refusal refusal) {

    /** A kind of unit: its code for the form, its label for the reader. */
    @Introspected
    public record TypeChoice(String code, String label) {}
}
