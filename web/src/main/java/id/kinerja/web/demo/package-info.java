/** The demo dataset: the seed decree of the Biro Umum of West Kalimantan, loaded into an empty database. */
package id.kinerja.web.demo;
