/** The administrator's page for the registry archive: download it, or import one into a fresh instance. */
package id.kinerja.web.archive;
