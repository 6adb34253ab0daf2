/** The JSON-over-HTTP adapter under {@code /api/v1}: thin controllers, request and response records. */
package id.kinerja.api;
