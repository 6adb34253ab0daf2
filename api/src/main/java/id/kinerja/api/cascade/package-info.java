/** Kaskade kinerja over HTTP: linking a unit's objective or indicator to its parent's, and the tree of a year. */
package id.kinerja.api.cascade;
