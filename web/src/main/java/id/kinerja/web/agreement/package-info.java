/** The Perjanjian Kinerja page: the year's PK of a unit, its versions and its documents to download. */
package id.kinerja.web.agreement;
