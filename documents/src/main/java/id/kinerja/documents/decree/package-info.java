/** Keputusan IKU as a document: the decree's text and its annex table (landscape). */
package id.kinerja.documents.decree;
