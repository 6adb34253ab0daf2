/** Files answered as downloads: one way to name them and to let a reader check a stored copy. */
package id.kinerja.http.download;
