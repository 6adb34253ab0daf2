/** Sign-in: password hashing, the bearer-token endpoint, and who the caller is. */
package id.kinerja.api.security;
