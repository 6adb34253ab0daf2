package id.kinerja.domain.user;

/** Turns a password into a salted, slow hash and checks a password against one. */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);
}
