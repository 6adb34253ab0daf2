package id.kinerja.web;

import id.kinerja.web.security.JwtSecret;
import io.micronaut.runtime.Micronaut;

/** Starts Kinerja: embedded H2 under ./data unless KINERJA_JDBC_URL names another database. */
public class Application {
    public static void main(String[] args) {
        Micronaut.build(args)
                .mainClass(Application.class)
                .properties(JwtSecret.fromEnvironment(System.getenv()).asProperties())
                .start();
    }
}
