/**
 * The public SKM questionnaire at {@code /skm/{code}}: no sign-in, Indonesian unless English is chosen, usable on a
 * phone and without JavaScript, with a kiosk mode for a tablet at the counter; the device and visit tokens, the
 * hidden field that catches robots and the per-address limit that keep its answers honest.
 */
package id.kinerja.web.questionnaire;
