/**
 * Kaskade kinerja: an objective or indicator of a unit names the objective or indicator of its parent unit that
 * it supports, and the tree from the province down shows each node's attainment and where the chain breaks.
 */
package id.kinerja.domain.cascade;
