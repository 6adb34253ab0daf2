/**
 * The one error format: {@code application/problem+json} with a stable type, the field at fault and the
 * message in Indonesian and English, produced here for domain refusals and framework errors alike.
 */
package id.kinerja.http.problem;
