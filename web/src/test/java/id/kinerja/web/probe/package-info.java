/** Planted violations the architecture test must catch; never part of the running application. */
package id.kinerja.web.probe;
