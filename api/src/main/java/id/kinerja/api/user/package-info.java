/** {@code /api/v1/users}: administrators manage accounts and roles. */
package id.kinerja.api.user;
