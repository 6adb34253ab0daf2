/** The front door, signing in, and each role's first page after it (Beranda). */
package id.kinerja.web.home;
