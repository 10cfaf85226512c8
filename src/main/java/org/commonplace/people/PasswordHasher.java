package org.commonplace.people;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Password hashing with PBKDF2-HMAC-SHA256 (the JDK's implementation), 600,000 iterations as OWASP
 * recommends, a 16-byte random salt and a 32-byte key. Stored as
 * {@code pbkdf2-sha256$<iterations>$<salt>$<hash>} (Base64), so the parameters travel with the hash and an
 * older, weaker hash can be recognised and replaced at the next sign-in.
 */
public final class PasswordHasher {

    public static final String ALGORITHM = "pbkdf2-sha256";
    public static final int ITERATIONS = 600_000;
    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int iterations;

    public PasswordHasher() {
        this(ITERATIONS);
    }

    /** For tests that need speed more than strength; production code uses the default. */
    PasswordHasher(int iterations) {
        this.iterations = iterations;
    }

    public String hash(String password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return format(iterations, salt, derive(password, salt, iterations));
    }

    public boolean verify(String password, String stored) {
        Parsed p = parse(stored);
        if (p == null || password == null) {
            return false;
        }
        return MessageDigest.isEqual(p.hash, derive(password, p.salt, p.iterations));
    }

    /** Whether a stored hash was made with weaker parameters than today's and should be replaced. */
    public boolean needsRehash(String stored) {
        Parsed p = parse(stored);
        return p == null || p.iterations < iterations;
    }

    /** The iteration count recorded in a stored hash, or -1 if it is not one of ours. */
    public static int iterationsOf(String stored) {
        Parsed p = parse(stored);
        return p == null ? -1 : p.iterations;
    }

    /**
     * Spends the same effort as a real verification, so an unknown username takes as long to refuse as a
     * wrong password.
     */
    public void burnEquivalentTime(String password) {
        derive(password == null ? "" : password, new byte[SALT_BYTES], iterations);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, KEY_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    private static String format(int iterations, byte[] salt, byte[] hash) {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return ALGORITHM + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    private record Parsed(int iterations, byte[] salt, byte[] hash) {
    }

    private static Parsed parse(String stored) {
        if (stored == null) {
            return null;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !ALGORITHM.equals(parts[0])) {
            return null;
        }
        try {
            Base64.Decoder b64 = Base64.getDecoder();
            return new Parsed(Integer.parseInt(parts[1]), b64.decode(parts[2]), b64.decode(parts[3]));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
