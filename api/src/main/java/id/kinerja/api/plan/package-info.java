/** {@code /api/v1/plan-periods}: Renstra, RPD and RPJMD windows. */
package id.kinerja.api.plan;
