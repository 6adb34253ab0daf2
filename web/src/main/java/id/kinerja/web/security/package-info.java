/** Start-up security: the JWT signing secret and the first administrator account. */
package id.kinerja.web.security;
