package io.portico.domain.staff;

/**
 * A rough guess of how hard a password is to guess, for the strength meter beside a new password
 * (0 = refused, 4 = strong). Advice only: {@link PasswordPolicy} alone decides what is accepted.
 * It counts the characters that add something (repeats and one-step runs add little) times the
 * bits each is worth given the kinds of characters used, so long passphrases score well.
 */
public final class PasswordStrength {

    public static final int MAX = 4;
    private static final double[] BITS_FOR_SCORE = {0, 40, 55, 70};

    private PasswordStrength() {
    }

    public static int score(String password) {
        if (password == null || password.codePointCount(0, password.length()) < PasswordPolicy.MIN_LENGTH
                || PasswordPolicy.isCommon(password)) {
            return 0;
        }
        double bits = effectiveLength(password) * Math.log(alphabet(password)) / Math.log(2);
        int score = 1;
        while (score < MAX && bits >= BITS_FOR_SCORE[score]) {
            score++;
        }
        return score;
    }

    /** Characters that repeat or continue a run of the one before count a quarter. */
    private static double effectiveLength(String password) {
        double length = 1;
        for (int i = 1; i < password.length(); i++) {
            int step = Math.abs(password.charAt(i) - password.charAt(i - 1));
            length += step <= 1 ? 0.25 : 1;
        }
        return length;
    }

    private static int alphabet(String password) {
        boolean lower = password.chars().anyMatch(Character::isLowerCase);
        boolean upper = password.chars().anyMatch(Character::isUpperCase);
        boolean digit = password.chars().anyMatch(Character::isDigit);
        boolean other = password.chars().anyMatch(c -> !Character.isLetterOrDigit(c));
        return (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    }
}
