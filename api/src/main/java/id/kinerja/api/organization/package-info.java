/** {@code /api/v1/units}: the organization tree with each unit's tasks and functions. */
package id.kinerja.api.organization;
