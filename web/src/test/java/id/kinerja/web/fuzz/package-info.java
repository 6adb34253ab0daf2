/**
 * The input fuzzer: requests generated from the OpenAPI document and the page routes, sent as every role,
 * checked for server errors, leaked class names and partial writes.
 */
package id.kinerja.web.fuzz;
