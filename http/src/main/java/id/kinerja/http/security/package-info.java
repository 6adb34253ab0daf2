/**
 * Signing in with a password (bcrypt) and its throttled failure, the caller's address, the role names, security
 * headers, and protection against cross-site requests.
 */
package id.kinerja.http.security;
