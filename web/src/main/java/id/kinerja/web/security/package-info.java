/**
 * Security of the running application: the JWT signing secret, the first administrator account, sessions that
 * end (the session-number check on every token, sign-out on the server), the sign-in page's cookies and
 * throttled answer (ADR 0014).
 */
package id.kinerja.web.security;
