/** Signing in with a password (bcrypt), the role names, and protection against cross-site requests. */
package id.kinerja.http.security;
