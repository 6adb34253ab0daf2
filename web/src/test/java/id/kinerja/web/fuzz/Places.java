package id.kinerja.web.fuzz;

import java.util.List;
import java.util.Random;

/**
 * The real ids the fuzzer aims at, so that a mutated request reaches the code behind the lookup: the demo
 * decree with its unit, objective, plan period and indicator, a survey, a realization with an evidence file,
 * and an account that may be changed at will (never one the fuzzer signs in with).
 */
record Places(
        String decree,
        String unit,
        String objective,
        String planPeriod,
        String indicator,
        String survey,
        String realization,
        String evidence,
        String user) {

    /** The real id a path variable names, judged by the segment before it ({@code /decrees/{id}}). */
    String forVariable(String template, String variable) {
        if (variable.equals("year")) {
            return "2025";
        }
        if (variable.equals("evidenceId")) {
            return evidence;
        }
        if (variable.equals("language")) {
            return "en";
        }
        if (variable.equals("objectiveId")) {
            return objective;
        }
        if (variable.equals("indicatorId")) {
            return indicator;
        }
        String before = template.substring(0, template.indexOf("{" + variable));
        String[] segments = before.split("/");
        String segment = segments.length == 0 ? "" : segments[segments.length - 1];
        return switch (segment) {
            case "decrees", "keputusan" -> decree;
            case "units" -> unit;
            case "objectives", "sasaran" -> objective;
            case "plan-periods" -> planPeriod;
            case "indicators", "indikator", "baru" -> indicator;
            case "surveys", "survei" -> survey;
            case "realizations", "realisasi" -> realization;
            case "users" -> user;
            default -> decree;
        };
    }

    /** A real id for a field of a body, judged by its name ({@code unitId}, {@code fromSurvey}). */
    String forField(String name, Random random) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("unit") || lower.contains("parent")) {
            return unit;
        }
        if (lower.contains("indicator")) {
            return indicator;
        }
        if (lower.contains("survey")) {
            return survey;
        }
        if (lower.contains("period")) {
            return planPeriod;
        }
        if (lower.contains("objective")) {
            return objective;
        }
        if (lower.contains("decree")) {
            return decree;
        }
        return BadValues.pick(random, List.of(decree, unit, indicator, survey, realization));
    }
}
