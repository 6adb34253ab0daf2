/** The files offices exchange with Kinerja, read and written here so that the API and the pages share them. */
package id.kinerja.documents;
