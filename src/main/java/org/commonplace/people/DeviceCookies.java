package org.commonplace.people;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed "this browser has signed in to this account before" cookies: {@code <username-key>.<expiry>.<mac>}.
 * A valid one exempts its bearer from the per-username sign-in limit (see {@link SignInThrottle}).
 */
public final class DeviceCookies {

    public static final String NAME = "cp_device";
    public static final int MAX_AGE_SECONDS = 180 * 24 * 3600;

    private DeviceCookies() {
    }

    public static String issue(String username, Instant now, String secret) {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(Account.key(username).getBytes(StandardCharsets.UTF_8))
                + "." + now.plusSeconds(MAX_AGE_SECONDS).getEpochSecond();
        return payload + "." + mac(payload, secret);
    }

    /** Whether the cookie is ours, unexpired, and names this username. */
    public static boolean vouchesFor(String cookie, String username, Instant now, String secret) {
        if (cookie == null) {
            return false;
        }
        int last = cookie.lastIndexOf('.');
        if (last < 0) {
            return false;
        }
        String payload = cookie.substring(0, last);
        if (!MessageDigest.isEqual(mac(payload, secret).getBytes(StandardCharsets.US_ASCII),
                cookie.substring(last + 1).getBytes(StandardCharsets.US_ASCII))) {
            return false;
        }
        String[] parts = payload.split("\\.");
        if (parts.length != 2) {
            return false;
        }
        try {
            String user = new String(Base64.getUrlDecoder().decode(parts[0]), StandardCharsets.UTF_8);
            return user.equals(Account.key(username)) && now.getEpochSecond() < Long.parseLong(parts[1]);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String mac(String payload, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
