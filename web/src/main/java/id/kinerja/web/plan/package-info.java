/** Periode rencana: the plan windows of every unit, and the planner's form to add one. */
package id.kinerja.web.plan;
