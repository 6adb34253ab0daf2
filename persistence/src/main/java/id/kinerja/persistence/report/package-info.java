/** The LKjIP's narrative and issued reports in their tables. */
package id.kinerja.persistence.report;
