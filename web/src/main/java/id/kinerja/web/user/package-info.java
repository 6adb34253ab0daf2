/** Pengguna: the administrator's pages for accounts, their roles, their passwords and the units they work for. */
package id.kinerja.web.user;
