/** The LKjIP's narrative and its issues over HTTP. */
package id.kinerja.api.report;
