/**
 * What the JSON API and the pages share at the HTTP edge: messages in Indonesian and English and the
 * problem answers ({@code problem}), the audit recorder ({@code audit}), sign-in and passwords
 * ({@code security}). Neither adapter depends on the other; both depend on this.
 */
package id.kinerja.http;
