/** What every JDBC adapter uses: the transaction adapter, ordered child texts, and error translation. */
package id.kinerja.persistence.shared;
