/** Test support shared through the persistence test-jar: the databases the integration tests run on. */
package id.kinerja.persistence.testing;
