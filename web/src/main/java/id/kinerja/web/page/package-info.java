/**
 * What every page shares: the frame around each view (the address, who is signed in, the language), the
 * words in Indonesian and English, reading values the way people write them, and {@link
 * id.kinerja.web.page.FormSubmission}, the one place where a form is validated, carried out, recorded for the
 * audit trail, and — when refused — shown again as it was typed with the message beside the field.
 */
package id.kinerja.web.page;
