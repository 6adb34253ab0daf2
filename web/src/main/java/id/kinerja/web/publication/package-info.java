/** Hasil terbuka: the public pages of approved results, readable without signing in and cacheable. */
package id.kinerja.web.publication;
