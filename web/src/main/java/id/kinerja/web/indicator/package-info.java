/**
 * The indicator's page: its definition, targets and realizations per year with their attainment, rating,
 * category check, trend and the explanation of every figure; evaluators record a realization here.
 */
package id.kinerja.web.indicator;
