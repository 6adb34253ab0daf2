/**
 * The LKjIP as planners prepare it and auditors issue it: the engine's Bab III table, the narrative written
 * section by section and per indicator, a preview in every format, the issue and the issued files.
 */
package id.kinerja.web.report;
