/** Kaskade kinerja pages: the tree of a year from the province down, and a decree's links to its parent unit. */
package id.kinerja.web.cascade;
