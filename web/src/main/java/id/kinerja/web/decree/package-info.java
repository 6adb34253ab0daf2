/**
 * The decree as planners know it from paper: the list, a draft's form, the document itself — header,
 * Menimbang, Mengingat, MEMUTUSKAN, place and date, signatory, the Lampiran IKU — and the forms that add
 * objectives, indicators and targets to a draft and enact it.
 */
package id.kinerja.web.decree;
