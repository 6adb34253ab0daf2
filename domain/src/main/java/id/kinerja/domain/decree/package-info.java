/**
 * Keputusan (SK): the decree that establishes a unit's key performance indicators, with its
 * considerations, legal bases, operative parts, and its life from draft to enacted to superseded or
 * revoked.
 */
package id.kinerja.domain.decree;
