/** Pengguna: the people who sign in, their roles, and the rules for their passwords. */
package id.kinerja.domain.user;
