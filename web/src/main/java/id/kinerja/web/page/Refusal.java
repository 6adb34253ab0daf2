package id.kinerja.web.page;

import io.micronaut.core.annotation.Introspected;

/**
 * Why a form was not carried out, as the page shows it: which form (a page can hold several), the field at
 * fault, and the message in the reader's language.
 */
@Introspected
public record Refusal(String form, String field, String message) {}
