/** The registry archive over HTTP: administrators download the whole registry and import it elsewhere. */
package id.kinerja.api.archive;
