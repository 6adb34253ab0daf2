/** What every resource of the API shares: paged lists and their query parameters. */
package id.kinerja.api.shared;
