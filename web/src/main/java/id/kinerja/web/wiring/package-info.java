/** The composition root: the domain's use cases created with the adapters that implement their ports. */
package id.kinerja.web.wiring;
