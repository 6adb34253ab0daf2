/** Kaskade kinerja: the links between a unit's objectives and indicators and its parent unit's. */
package id.kinerja.persistence.cascade;
