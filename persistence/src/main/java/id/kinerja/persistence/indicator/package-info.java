/** Rows and the JDBC adapters for objectives, indicators, their surveyed services and their targets. */
package id.kinerja.persistence.indicator;
